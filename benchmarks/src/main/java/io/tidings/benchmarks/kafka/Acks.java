package io.tidings.benchmarks.kafka;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Counts broker acknowledgements of asynchronous sends, the same way for every publishing variant,
 * and lets the sending thread wait for all of them. Thread-safe.
 */
final class Acks {
  private final AtomicLong acked = new AtomicLong();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  /** Called from a send's completion: counts it, or keeps the first failure. */
  void complete(Object result, Throwable error) {
    if (error != null) {
      failure.compareAndSet(null, error);
    }
    acked.incrementAndGet();
  }

  /** Waits until {@code count} sends completed in all; throws the first failure. */
  void await(long count) {
    long deadline = System.nanoTime() + 600_000_000_000L;
    while (acked.get() < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("only " + acked.get() + " of " + count + " sends were acknowledged");
      }
      LockSupport.parkNanos(200_000L);
    }
    Throwable error = failure.get();
    if (error != null) {
      throw new IllegalStateException("a send failed: " + error, error);
    }
  }
}
