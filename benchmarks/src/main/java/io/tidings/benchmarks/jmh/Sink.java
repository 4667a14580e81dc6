package io.tidings.benchmarks.jmh;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Where the in-memory benchmark's handlers put what they receive — the Tidings consumer and the
 * queue baseline's consumer thread call the same {@link #accept} — and how the publishing thread
 * waits for a batch to be handled without burning a core: it parks until the handler's count
 * reaches the target. Thread-safe: one handler thread, one waiting thread.
 */
public final class Sink {
  /** The one sink of this JVM (a benchmark runs one variant at a time). */
  public static final Sink INSTANCE = new Sink();

  private final AtomicLong handled = new AtomicLong();
  private volatile long target = Long.MAX_VALUE;
  private volatile Thread waiter;
  private volatile Object last;

  private Sink() {}

  /** Records one handled message (its key is part of the handler signature, not kept) and wakes the waiter once the target is reached. */
  public void accept(String key, Object event) {
    last = event;
    if (handled.incrementAndGet() >= target) {
      Thread thread = waiter;
      if (thread != null) {
        LockSupport.unpark(thread);
      }
    }
  }

  /** How many messages were handled since the JVM started. */
  public long handled() {
    return handled.get();
  }

  /** The last message handled. */
  public Object last() {
    return last;
  }

  /** Waits until {@code count} messages were handled in all; throws if that takes over a minute. */
  public void awaitHandled(long count) {
    waiter = Thread.currentThread();
    target = count;
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (handled.get() < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("only " + handled.get() + " of " + count + " messages were handled within a minute");
      }
      LockSupport.parkNanos(this, 1_000_000L);
    }
    target = Long.MAX_VALUE;
  }
}
