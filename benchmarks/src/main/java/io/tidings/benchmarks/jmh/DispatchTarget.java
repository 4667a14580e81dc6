package io.tidings.benchmarks.jmh;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Key;

/**
 * The handler every dispatch variant calls: one {@code @Consumes} method that keeps what it was
 * given, so no variant's call can be optimised away. Not thread-safe; each benchmark thread has one.
 */
public final class DispatchTarget {
  private Small last;
  private String lastKey;
  private long calls;

  /** Handles one small event. */
  @Consumes(topic = DispatchTopic.class, group = "bench-dispatch")
  public void on(Small event, @Key String bookingId) {
    last = event;
    lastKey = bookingId;
    calls++;
  }

  /** The last event handled. */
  public Small last() {
    return last;
  }

  /** The key of the last event handled. */
  public String lastKey() {
    return lastKey;
  }

  /** How many events were handled. */
  public long calls() {
    return calls;
  }
}
