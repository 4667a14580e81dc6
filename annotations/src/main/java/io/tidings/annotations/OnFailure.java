package io.tidings.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a {@link Consumes @Consumes} method's exceptions mean, for exception types that are not
 * Tidings' own ({@code TransientFailure}, {@code PermanentFailure} and {@code BusinessFailure} always
 * mean what they say):
 *
 * <ul>
 *   <li>{@link #permanent()}: the record can never succeed — it is dead-lettered at once;
 *   <li>{@link #business()}: the record was understood and rejected by a business rule — it is
 *       logged and acknowledged, never retried nor dead-lettered;
 *   <li>any other exception is transient: retried as {@link Retry @Retry} says, then dead-lettered.
 * </ul>
 *
 * <p>A thrown exception matches a listed type or any of its subclasses; when several listed types
 * match, the most specific one wins. Put it on a method, or on the consumer class for all its
 * {@code @Consumes} methods; a method's own mapping is consulted before its class's. Each type may be
 * listed once. {@link #deadLetterTopic()} sends this consumer's dead letters to a topic of your
 * choice instead of {@code <topic>.dlq}.
 *
 * <pre>{@code
 * @OnFailure(permanent = IllegalArgumentException.class, business = SoldOutException.class)
 * @Consumes(topic = BookingCommands.class, group = "booker")
 * void on(BookRoom command) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OnFailure {
  /** Exception types after which the record is dead-lettered without retry. */
  Class<? extends Throwable>[] permanent() default {};

  /** Exception types after which the record is logged and acknowledged. */
  Class<? extends Throwable>[] business() default {};

  /**
   * The topic this consumer's dead letters go to; empty (the default) for the consumed topic's
   * name plus the dead-letter suffix ({@code TIDINGS_DLQ_SUFFIX}, {@code .dlq} by default).
   */
  String deadLetterTopic() default "";
}
