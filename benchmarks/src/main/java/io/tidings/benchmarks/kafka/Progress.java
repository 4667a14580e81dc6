package io.tidings.benchmarks.kafka;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Counts what a consuming variant handled and times the measured part: the clock starts when the
 * last warm-up record was handled and stops when the last measured one was. Every consuming
 * variant calls the same {@link #handled}. Thread-safe for one handler thread.
 */
public final class Progress {
  /** The one counter of a child JVM. */
  public static final Progress INSTANCE = new Progress();

  private final CountDownLatch done = new CountDownLatch(1);
  private volatile long warmup = Long.MAX_VALUE;
  private volatile long total = Long.MAX_VALUE;
  private long count;
  private long started;
  private volatile long stopped;
  private volatile Object last;

  private Progress() {}

  /** Sets how many warm-up and measured records to expect. */
  public void expect(long warmupRecords, long measuredRecords) {
    warmup = warmupRecords;
    total = warmupRecords + measuredRecords;
  }

  /** Counts one handled record (the key is part of every handler signature, not kept). */
  public void handled(String key, Object payload) {
    last = payload;
    long now = ++count;
    if (now == warmup) {
      started = System.nanoTime();
    } else if (now == total) {
      stopped = System.nanoTime() - started;
      done.countDown();
    }
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
