package io.tidings.benchmarks.kafka;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Counts what a consuming variant handled and times the measured part: the clock starts when the
 * last warm-up record was handled ({@link WarmUp} decides which) and stops when the last measured
 * one was. Every consuming
 * variant calls the same {@link #handled}. Thread-safe for one handler thread.
 */
public final class Progress {
  /** The one counter of a child JVM. */
  public static final Progress INSTANCE = new Progress();

  private final CountDownLatch done = new CountDownLatch(1);
  private volatile WarmUp warmUp = new WarmUp(Long.MAX_VALUE);
  private volatile long measured;
  /** The count at which the warm-up is checked next; set before the handler thread starts. */
  private long nextCheck = Long.MAX_VALUE;
  private volatile long total = Long.MAX_VALUE;
  private long count;
  private long started;
  private volatile long stopped;
  private volatile Object last;

  private Progress() {}

  /**
   * Sets the minimum warm-up and the measured records: the clock starts once {@link WarmUp}'s rule
   * says the run is warm, so the topic must hold {@code WarmUp.MAX_FACTOR × warmupRecords +
   * measuredRecords} records.
   */
  public void expect(long warmupRecords, long measuredRecords) {
    warmUp = new WarmUp(warmupRecords);
    measured = measuredRecords;
    nextCheck = warmupRecords;
  }

  /** Counts one handled record (the key is part of every handler signature, not kept). */
  public void handled(String key, Object payload) {
    last = payload;
    long now = ++count;
    if (now == nextCheck) {
      WarmUp rule = warmUp;
      if (rule.warm(now)) {
        nextCheck = Long.MAX_VALUE;
        total = now + measured;
        WarmUp.used(now);
        Cpu.start();
        started = System.nanoTime();
      } else {
        nextCheck = now + rule.step();
      }
    } else if (now == total) {
      stopped = System.nanoTime() - started;
      Cpu.stop();
      done.countDown();
    }
  }

  /** Whether the last measured record was handled. */
  public boolean finished() {
    return done.getCount() == 0;
  }

  /** Waits until every record was handled; returns the measured nanoseconds. */
  public long await(long timeoutSeconds) throws InterruptedException {
    if (!done.await(timeoutSeconds, TimeUnit.SECONDS)) {
      throw new IllegalStateException("handled only " + count + " of " + total + " records in " + timeoutSeconds + " s");
    }
    return stopped;
  }

  /** The last payload handled (keeps the handler's work observable). */
  public Object last() {
    return last;
  }
}
