package io.tidings.runtime.spi;

import io.tidings.annotations.Format;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything the runtime knows about a topic, generated from its {@code @Topic} interface (the
 * {@code TOPIC} constant of {@code <Interface>_Publisher}): name, partitions, format, provisioning
 * hints and the payload types it carries.
 *
 * @param name the Kafka topic name
 * @param api the {@code @Topic} interface
 * @param partitions the partition count
 * @param format the payloads' wire format
 * @param replicas the replication factor to create it with, or {@code -1} for the broker default
 * @param retention how long records are kept, or {@code null} for the broker default
 * @param compacted whether the topic is log-compacted
 * @param keyType the Java type of its keys, or {@code null} if its publish methods take no key
 * @param eventTypes the payload types it carries, in declaration order
 */
public record TopicDescriptor(
    String name,
    Class<?> api,
    int partitions,
    Format format,
    short replicas,
    Duration retention,
    boolean compacted,
    Class<?> keyType,
    List<EventType<?>> eventTypes) {

  /** Checks the invariants and copies the event types. */
  public TopicDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(format, "format");
    if (partitions < 1) {
      throw new IllegalArgumentException("topic " + name + ": partitions must be at least 1, not " + partitions);
    }
    eventTypes = List.copyOf(eventTypes);
  }

  /** The event type named {@code name}, or {@code null} if the topic does not carry it. */
  public EventType<?> eventType(String name) {
    for (EventType<?> eventType : eventTypes) {
      if (eventType.name().equals(name)) {
        return eventType;
      }
    }
    return null;
  }

  /** The name of this topic's dead-letter topic. */
  public String deadLetterTopic() {
    return name + StandardHeaders.DLQ_SUFFIX;
  }

  // equals and hashCode are written out (same meaning as the record's): the record's own are linked
  // through invokedynamic on first use, which costs milliseconds at start-up, when Guice puts every
  // topic into a set.

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof TopicDescriptor that
            && partitions == that.partitions
            && replicas == that.replicas
            && compacted == that.compacted
            && name.equals(that.name)
            && api.equals(that.api)
            && format == that.format
            && Objects.equals(retention, that.retention)
            && Objects.equals(keyType, that.keyType)
            && eventTypes.equals(that.eventTypes);
  }

  @Override
  public int hashCode() {
    int hash = name.hashCode();
    hash = hash * 31 + api.hashCode();
    hash = hash * 31 + partitions;
    hash = hash * 31 + format.hashCode();
    hash = hash * 31 + replicas;
    hash = hash * 31 + Objects.hashCode(retention);
    hash = hash * 31 + Boolean.hashCode(compacted);
    hash = hash * 31 + Objects.hashCode(keyType);
    return hash * 31 + eventTypes.hashCode();
  }
}
