package io.tidings.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as a typed topic: each abstract method publishes one payload type to the
 * Kafka topic {@link #name()}. The Tidings processor generates an implementation,
 * {@code <Interface>_Publisher}, and a codec for every payload type; inject the interface to publish.
 *
 * <p>A publish method takes exactly one payload, at most one {@link Key @Key} parameter and any number
 * of {@link Header @Header} parameters. It returns {@code void} (returns once the broker acknowledged
 * the record, throws otherwise) or {@code CompletionStage<Receipt>} / {@code CompletableFuture<Receipt>}
 * (never blocks).
 *
 * <pre>{@code
 * @Topic(name = "bookings.events", partitions = 3)
 * public interface BookingEvents {
 *   void created(@Key String bookingId, BookingCreated event);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Topic {
  /** The Kafka topic name: 1 to 249 characters from {@code [a-zA-Z0-9._-]}, not "." or "..". */
  String name();

  /** How many partitions the topic has; records with the same key always land in the same one. */
  int partitions() default 1;

  /** The wire format of every payload on this topic. */
  Format format() default Format.JSON;

  /**
   * The replication factor used when Tidings creates the topic on a Kafka cluster; {@code -1} (the
   * default) leaves it to the broker's {@code default.replication.factor}.
   */
  short replicas() default -1;

  /**
   * How long the broker keeps records, as an ISO-8601 duration such as {@code "P7D"} or {@code
   * "PT12H"}; empty (the default) leaves it to the broker's {@code retention.ms}.
   */
  String retention() default "";

  /**
   * Whether the topic is log-compacted ({@code cleanup.policy=compact}): the broker keeps at least
   * the latest record of every key. Compacted topics need a {@link Key @Key} on every publish method.
   */
  boolean compacted() default false;

  /**
   * How the payload schemas of this topic may evolve; checked at compile time against the history
   * recorded in the source tree (for a JSON topic's payloads, once they have a recorded history).
   */
  Compatibility compatibility() default Compatibility.BACKWARD;
}
