package io.tidings.runtime.spi;

import io.tidings.runtime.Metadata;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record read by a transport for a consumer group, as raw bytes: what a transport hands to the
 * runtime's {@link DeliveryHandler}.
 *
 * @param group the consumer group it is delivered to
 * @param topic the topic it was read from
 * @param partition its partition
 * @param offset its offset within the partition
 * @param timestamp its timestamp, in milliseconds since the epoch
 * @param key the raw key, or {@code null}
 * @param value the raw value, or {@code null}
 * @param headers its headers, in the order they were written
 */
public record Delivery(
    String group,
    String topic,
    int partition,
    long offset,
    long timestamp,
    byte[] key,
    byte[] value,
    List<RecordHeader> headers) {

  /** The last header named {@code name}, or {@code null}. */
  public RecordHeader lastHeader(String name) {
    for (int i = headers.size() - 1; i >= 0; i--) {
      RecordHeader header = headers.get(i);
      if (header.name().equals(name)) {
        return header;
      }
    }
    return null;
  }

  /** The last value of header {@code name} decoded as UTF-8, or {@code null}. */
  public String header(String name) {
    RecordHeader header = lastHeader(name);
    return header == null ? null : header.stringValue();
  }

  /** The record's metadata as a consumer method sees it (built on each call). */
  public Metadata metadata() {
    Map<String, String> values = new LinkedHashMap<>();
    for (RecordHeader header : headers) {
      values.put(header.name(), header.stringValue());
    }
    return Metadata.of(
        topic, partition, offset, Instant.ofEpochMilli(timestamp), header(StandardHeaders.EVENT_TYPE), group, values);
  }

  /** Where the record came from, for messages: {@code topic-partition@offset}. */
  public String position() {
    return topic + "-" + partition + "@" + offset;
  }

  @Override
  public String toString() {
    return "Delivery[" + position() + " group " + group + ", headers " + headers + "]";
  }
}
