package io.tidings.runtime;

import io.tidings.runtime.codec.Codec;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A record a consumer group gave up on, read back from a dead-letter topic: where it came from, who
 * gave up and why, its original bytes and headers, and its payload when it still decodes. A
 * {@code @Consumes} method that takes a {@code DeadLetter<BookingCreated>} consumes the dead letters
 * of its topic's {@code BookingCreated} records; {@link DeadLetters#replay} sends one back.
 *
 * <pre>{@code
 * @Consumes(topic = BookingEvents.class, group = "dead-letter-audit")
 * void on(DeadLetter<BookingCreated> letter) {
 *   log.warn("{} failed in {}: {}", letter.position(), letter.group(), letter.errorMessage());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe (the byte arrays are shared, do not change them).
 *
 * @param topic the topic the record was read from
 * @param partition its partition there
 * @param offset its offset there
 * @param group the consumer group that dead-lettered it
 * @param eventType its event-type header, or {@code null} if it had none
 * @param errorClass the class name of the last error
 * @param errorMessage the message of the last error (possibly shortened)
 * @param stackTrace the last error's stack trace (possibly shortened), or {@code null}
 * @param attempts how many times the handler was called (0 if it never was)
 * @param time when it was dead-lettered, or {@code null} if unknown
 * @param key the original key bytes, or {@code null}
 * @param value the original value bytes, or {@code null}
 * @param headers the original record's headers (not the dead-letter ones), UTF-8 decoded, in order
 * @param payload the decoded payload, or {@code null} if it does not decode
 * @param decodeFailure why the payload does not decode, or {@code null} if it does
 * @param deadLetterPosition where this dead letter itself is: {@code topic-partition@offset}
 * @param <T> the payload type
 */
public record DeadLetter<T>(
    String topic,
    int partition,
    long offset,
    String group,
    String eventType,
    String errorClass,
    String errorMessage,
    String stackTrace,
    int attempts,
    Instant time,
    byte[] key,
    byte[] value,
    Map<String, String> headers,
    T payload,
    String decodeFailure,
    String deadLetterPosition) {

  /** Copies the headers. */
  public DeadLetter {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /**
   * Reads a dead letter from a record of a dead-letter topic, decoding the payload with {@code codec}
   * when the bytes allow; never throws for bad payload bytes or missing headers. Generated
   * dispatchers call this for {@code DeadLetter<T>} parameters.
   */
  public static <T> DeadLetter<T> of(Delivery delivery, Codec<T> codec) {
    Objects.requireNonNull(codec, "codec");
    T payload = null;
    String failure = null;
    if (delivery.value() == null) {
      failure = "the record has no value";
    } else {
      try {
        payload = codec.decode(delivery.value());
      } catch (RuntimeException e) {
        failure = e.getMessage();
      }
    }
    Map<String, String> original = new LinkedHashMap<>();
    for (RecordHeader header : delivery.headers()) {
      if (!header.name().startsWith(DLQ_PREFIX)) {
        original.put(header.name(), header.stringValue());
      }
    }
    return new DeadLetter<>(
        orElse(delivery.header(StandardHeaders.DLQ_TOPIC), delivery.topic()),
        number(delivery.header(StandardHeaders.DLQ_PARTITION), -1),
        number(delivery.header(StandardHeaders.DLQ_OFFSET), -1L),
        delivery.header(StandardHeaders.DLQ_GROUP),
        delivery.header(StandardHeaders.EVENT_TYPE),
        delivery.header(StandardHeaders.DLQ_ERROR_CLASS),
        delivery.header(StandardHeaders.DLQ_ERROR_MESSAGE),
        delivery.header(StandardHeaders.DLQ_STACK_TRACE),
        number(delivery.header(StandardHeaders.DLQ_ATTEMPTS), 0),
        instant(delivery.header(StandardHeaders.DLQ_TIME)),
        delivery.key(),
        delivery.value(),
        original,
        payload,
        failure,
        delivery.position());
  }

  private static final String DLQ_PREFIX = "tidings-dlq-";

  /** Whether the payload decoded. */
  public boolean decoded() {
    return decodeFailure == null;
  }

  /** Where the original record was: {@code topic-partition@offset}. */
  public String position() {
    return topic + "-" + partition + "@" + offset;
  }

  /** How many times the original was replayed before it failed this time (0 if never). */
  public int replays() {
    String count = headers.get(StandardHeaders.REPLAY_COUNT);
    return count == null ? 0 : number(count, 0);
  }

  /** The original headers as they travel: names and UTF-8 bytes, in order. */
  List<RecordHeader> originalHeaders() {
    return headers.entrySet().stream().map(entry -> RecordHeader.utf8(entry.getKey(), entry.getValue())).toList();
  }

  @Override
  public String toString() {
    return "DeadLetter[" + position() + ", group " + group + ", " + eventType + ", " + attempts + " attempt(s), "
        + errorClass + ": " + errorMessage + (decoded() ? "" : ", undecodable: " + decodeFailure) + "]";
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static int number(String text, int fallback) {
    try {
      return text == null ? fallback : Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static long number(String text, long fallback) {
    try {
      return text == null ? fallback : Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static Instant instant(String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
