package io.tidings.memory;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record that a consumer group gave up on, as found on a topic's dead-letter topic: where it came
 * from, who gave up and why, its original bytes, and its payload when it still decodes. What {@link
 * MemoryBroker#deadLetters(Class)} returns. Immutable.
 *
 * @param topic the topic the record was read from
 * @param partition its partition there
 * @param offset its offset there
 * @param group the consumer group that dead-lettered it
 * @param eventType its event-type header, or {@code null} if it had none
 * @param errorClass the class name of the last error
 * @param errorMessage the message of the last error (possibly shortened)
 * @param attempts how many times the handler was called (0 if it never was)
 * @param time when it was dead-lettered
 * @param key the original key bytes, or {@code null}
 * @param value the original value bytes
 * @param headers every header of the dead letter, UTF-8 decoded (the original ones and Tidings' own)
 * @param payload the decoded payload, or {@code null} if it does not decode
 */
public record DeadLetter(
    String topic,
    int partition,
    long offset,
    String group,
    String eventType,
    String errorClass,
    String errorMessage,
    int attempts,
    Instant time,
    byte[] key,
    byte[] value,
    Map<String, String> headers,
    Object payload) {

  /** Copies the headers. */
  public DeadLetter {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** Where the original record was: {@code topic-partition@offset}. */
  public String position() {
    return topic + "-" + partition + "@" + offset;
  }

  @Override
  public String toString() {
    return "DeadLetter[" + position() + ", group " + group + ", " + eventType + ", " + attempts + " attempt(s), "
        + errorClass + ": " + errorMessage + "]";
  }
}
