package io.tidings.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How often, and after which pauses, the runtime calls a {@link Consumes @Consumes} method again when
 * it fails transiently (any exception not classified as permanent or business, see {@link
 * OnFailure}). Once the attempts are used up the record is dead-lettered. While a record waits for
 * its next attempt its partition waits too (order is kept); other partitions keep flowing.
 *
 * <p>Put it on a method, or on the consumer class for all its {@code @Consumes} methods. Only the
 * members written in source count: each member left out comes from the method's class annotation if
 * that sets it, else from {@code TidingsSettings} ({@code TIDINGS_RETRY_*}); the defaults shown here
 * are those settings' own defaults. Durations are written {@code "500ms"}, {@code "2s"}, {@code
 * "1m"}, {@code "1h"} or ISO-8601 ({@code "PT0.5S"}). The processor rejects impossible values at
 * compile time.
 *
 * <pre>{@code
 * @Retry(maxAttempts = 5, initialDelay = "200ms", backoff = Backoff.EXPONENTIAL, jitter = 0.2)
 * @Consumes(topic = BookingEvents.class, group = "mailer")
 * void on(BookingCreated event) { mail.send(...); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Retry {
  /** How many times the method is called in all before the record is dead-lettered; at least 1 (1 = no retry). */
  int maxAttempts() default 3;

  /** The pause after the first failed call; zero or positive. */
  String initialDelay() default "1s";

  /** The longest pause; not shorter than {@link #initialDelay()}. */
  String maxDelay() default "30s";

  /** How much an {@link Backoff#EXPONENTIAL exponential} pause grows per call; at least 1. */
  double multiplier() default 2.0;

  /** How the pause grows. */
  Backoff backoff() default Backoff.EXPONENTIAL;

  /**
   * The fraction (0 to 1) by which each pause is spread at random either way, so that many members
   * failing together do not retry in lockstep: 0.1 turns a 1 s pause into 0.9 to 1.1 s.
   */
  double jitter() default 0.1;
}
