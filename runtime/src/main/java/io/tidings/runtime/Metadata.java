package io.tidings.runtime;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a consumer method may know about the record it handles besides its payload: where it came
 * from, when it was written, its headers and its event type. Declare a {@code Metadata} parameter on a
 * {@code @Consumes} method to receive it.
 */
public final class Metadata {
  private final String topic;
  private final int partition;
  private final long offset;
  private final Instant timestamp;
  private final String eventType;
  private final String group;
  private final Map<String, String> headers;

  private Metadata(
      String topic,
      int partition,
      long offset,
      Instant timestamp,
      String eventType,
      String group,
      Map<String, String> headers) {
    this.topic = Objects.requireNonNull(topic, "topic");
    this.partition = partition;
    this.offset = offset;
    this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
    this.eventType = eventType;
    this.group = group;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /**
   * Creates metadata, for example to call a consumer method directly in a unit test.
   *
   * @param headers header names to their UTF-8 decoded values (the last value of a repeated header)
   */
  public static Metadata of(
      String topic,
      int partition,
      long offset,
      Instant timestamp,
      String eventType,
      String group,
      Map<String, String> headers) {
    return new Metadata(topic, partition, offset, timestamp, eventType, group, headers);
  }

  /** The topic the record was read from. */
  public String topic() {
    return topic;
  }

  /** The partition the record was read from. */
  public int partition() {
    return partition;
  }

  /** The record's offset within its partition. */
  public long offset() {
    return offset;
  }

  /** The record's timestamp. */
  public Instant timestamp() {
    return timestamp;
  }

  /** The event type named by the record's event-type header (by default the payload's simple name). */
  public String eventType() {
    return eventType;
  }

  /** The consumer group handling the record. */
  public String group() {
    return group;
  }

  /** Every header of the record, UTF-8 decoded; the last value wins for a repeated name. */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The conversation the record belongs to ({@code tidings-correlation-id}): created when the first
   * record of it was published, carried to every record published while handling one of it; {@code
   * null} for records not written by Tidings.
   */
  public String correlationId() {
    return headers.get(io.tidings.runtime.spi.StandardHeaders.CORRELATION_ID);
  }

  /**
   * The record whose handling published this one, as {@code topic-partition@offset} ({@code
   * tidings-causation-id}), or {@code null} if it was published outside a consumer method.
   */
  public String causationId() {
    return headers.get(io.tidings.runtime.spi.StandardHeaders.CAUSATION_ID);
  }

  /** The W3C trace context ({@code traceparent} header), or {@code null}. */
  public String traceparent() {
    return headers.get(io.tidings.runtime.spi.StandardHeaders.TRACEPARENT);
  }

  /** One header's value, or {@code null} if the record has no such header. */
  public String header(String name) {
    return headers.get(name);
  }

  @Override
  public String toString() {
    return "Metadata[" + topic + "-" + partition + "@" + offset + ", " + eventType + ", group " + group
        + ", " + timestamp + ", headers " + headers.keySet() + "]";
  }
}
