package io.tidings.memory;

import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import java.time.Instant;
import java.util.List;

/**
 * One record as the {@link MemoryBroker} stored it, with raw key, value and headers: what {@link
 * MemoryBroker#records(String)} returns, for assertions on bytes and headers. Immutable.
 *
 * @param topic the topic
 * @param partition the partition
 * @param offset the offset within the partition
 * @param timestamp when the broker appended it
 * @param key the raw key, or {@code null}
 * @param value the raw value, or {@code null}
 * @param headers the headers, in the order they were written
 */
public record MemoryRecord(
    String topic, int partition, long offset, Instant timestamp, byte[] key, byte[] value, List<RecordHeader> headers) {

  /** Copies the headers. */
  public MemoryRecord {
    headers = List.copyOf(headers);
  }

  /** The last value of header {@code name} as UTF-8, or {@code null}. */
  public String header(String name) {
    for (int i = headers.size() - 1; i >= 0; i--) {
      if (headers.get(i).name().equals(name)) {
        return headers.get(i).stringValue();
      }
    }
    return null;
  }

  /** The event-type header, or {@code null}. */
  public String eventType() {
    return header(StandardHeaders.EVENT_TYPE);
  }

  /** Where it is stored: {@code topic-partition@offset}. */
  public String position() {
    return topic + "-" + partition + "@" + offset;
  }

  @Override
  public String toString() {
    return "MemoryRecord[" + position() + ", " + timestamp + ", headers " + headers + "]";
  }
}
