package io.tidings.runtime;

import io.tidings.runtime.spi.Delivery;

/**
 * Sees every record a consumer group handles, around each call of its consumer method and at the
 * record's final outcome: for logging context, metrics, tracing. Bind implementations with Guice's
 * {@code Multibinder.newSetBinder(binder(), HandleInterceptor.class).addBinding().to(...)}; Tidings
 * calls them in binding order.
 *
 * <p>{@link #beforeHandle} and {@link #afterHandle} run on the thread that calls the method, right
 * before and after the call (also for a method returning a stage, whose work may finish later);
 * {@link #onOutcome} runs once per record and outcome, on whichever thread finished it. Every
 * callback runs on the hot path: keep it cheap, and thread-safe, since partitions are handled
 * concurrently. An exception thrown by an interceptor is logged and otherwise ignored.
 */
public interface HandleInterceptor {

  /** What finally happened to a record (or, for {@link #RETRY_SCHEDULED}, to one call). */
  enum Outcome {
    /** The method returned normally (or its stage completed); the offset may be committed. */
    HANDLED,
    /** The group has no method for the record's event type; acknowledged without a call. */
    SKIPPED,
    /** The call failed transiently and will be repeated after a pause. */
    RETRY_SCHEDULED,
    /** The method rejected the record with a business failure; acknowledged without retry. */
    BUSINESS_FAILURE,
    /** The record was written to its dead-letter topic and acknowledged. */
    DEAD_LETTERED
  }

  /** Before the consumer method is called for the {@code attempt}-th time (1-based). */
  default void beforeHandle(Delivery delivery, int attempt) {}

  /** After the call returned or threw ({@code thrown}, else {@code null}), on the same thread. */
  default void afterHandle(Delivery delivery, int attempt, Throwable thrown) {}

  /**
   * When the record (or one call, for {@link Outcome#RETRY_SCHEDULED}) reached an outcome.
   *
   * @param attempts how many times the method was called so far
   * @param nanos how long the last call took until its stage completed, or 0 if none was made
   * @param failure the failure behind the outcome, or {@code null} for {@link Outcome#HANDLED} and
   *     {@link Outcome#SKIPPED}
   */
  default void onOutcome(Delivery delivery, Outcome outcome, int attempts, long nanos, Throwable failure) {}
}
