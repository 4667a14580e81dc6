package io.tidings.benchmarks.startup;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reports, on standard output, the moment the first message of the current run was handled: the
 * parent JVM reads the line and stops its clock. Thread-safe.
 */
final class FirstMessage {
  /** The line the parent waits for. */
  static final String HANDLED = "HANDLED";

  private static final CountDownLatch DONE = new CountDownLatch(1);
  private static volatile String run;
  private static volatile long handledAt;

  private FirstMessage() {}

  /** Sets the id of this JVM's run; pings of other runs are ignored. */
  static void expect(String id) {
    run = id;
  }

  /** Called by every variant's handler. */
  static void handled(String pingRun) {
    if (pingRun.equals(run) && DONE.getCount() > 0) {
      handledAt = System.nanoTime();
      System.out.println(HANDLED);
      System.out.flush();
      DONE.countDown();
    }
  }

  /** When the handler got this run's ping ({@link System#nanoTime()}), 0 before. */
  static long handledAt() {
    return handledAt;
  }

  /** Waits for this run's ping. */
  static void await() throws InterruptedException {
    if (!DONE.await(120, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the ping of run " + run + " was not handled within 120 s");
    }
  }
}
