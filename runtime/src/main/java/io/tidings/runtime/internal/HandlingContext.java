package io.tidings.runtime.internal;

import io.tidings.runtime.spi.Delivery;

/**
 * The record whose consumer method is running on the current thread, so that what the method
 * publishes carries its correlation id, causation and trace context forward. Set by the delivery
 * pipeline around each call; read by the publish channel. Thread-confined by construction.
 */
public final class HandlingContext {
  private static final ThreadLocal<Delivery> CURRENT = new ThreadLocal<>();

  private HandlingContext() {}

  /** Makes {@code delivery} current; returns the previous one, to pass to {@link #exit}. */
  static Delivery enter(Delivery delivery) {
    Delivery previous = CURRENT.get();
    CURRENT.set(delivery);
    return previous;
  }

  /** Restores the record that was current before {@link #enter}. */
  static void exit(Delivery previous) {
    // set(null) rather than remove(): the thread's entry is reused by the next record instead of
    // being expunged and recreated for every one; a null value keeps nothing alive.
    CURRENT.set(previous);
  }

  /** The record being handled on this thread, or {@code null}. */
  public static Delivery current() {
    return CURRENT.get();
  }
}
