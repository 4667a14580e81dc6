package io.tidings.memory;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record of a typed topic, decoded: what {@link MemoryBroker#published(Class)} returns, so a test
 * can assert on keys and payloads instead of bytes. Immutable.
 *
 * @param topic the topic
 * @param partition the partition the record landed in
 * @param offset its offset within the partition
 * @param timestamp when the broker appended it
 * @param key the decoded key ({@code String}, {@code UUID}, {@code Long}, {@code Integer} or {@code
 *     byte[]} as the topic declares), or {@code null}
 * @param eventType the event-type header
 * @param value the decoded payload
 * @param headers every header, UTF-8 decoded; the last value wins for a repeated name
 * @param <T> the payload type
 */
public record PublishedRecord<T>(
    String topic,
    int partition,
    long offset,
    Instant timestamp,
    Object key,
    String eventType,
    T value,
    Map<String, String> headers) {

  /** Copies the headers. */
  public PublishedRecord {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** One header's value, or {@code null}. */
  public String header(String name) {
    return headers.get(name);
  }
}
