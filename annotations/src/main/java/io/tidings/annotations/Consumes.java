package io.tidings.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that handles one payload type of a topic as a member of a consumer group. The
 * processor generates {@code <Class>_Dispatcher}, which calls the method directly. The class is
 * created by Guice, so it may {@code @Inject} what it needs.
 *
 * <p>The method takes exactly one payload (a type the topic carries) and optionally a {@link Key
 * @Key} parameter of the topic's key type, {@link Header @Header} parameters and an {@code
 * io.tidings.runtime.Metadata}. It returns {@code void} or {@code CompletionStage<Void>}; the
 * record's offset is committed only after it returned normally (or completed).
 *
 * <pre>{@code
 * @Consumes(topic = BookingEvents.class, group = "projector")
 * void on(BookingCreated event, @Key String bookingId) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Consumes {
  /** The {@link Topic @Topic} interface whose records this method handles. */
  Class<?> topic();

  /**
   * The consumer group. Every group sees every record; within a group each partition is handled
   * by one member at a time, in order.
   */
  String group();
}
