package io.tidings.benchmarks.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What the hand-written and Spring variants encode with: one jackson-databind reader and writer for
 * {@link Reading}, created once, as a careful developer writes it; and the headers a Tidings
 * publisher adds (event type and a fresh correlation id), which every variant sends so that the
 * bytes on the wire are the same.
 */
final class Json {
  static final ObjectWriter WRITER = new ObjectMapper().writerFor(Reading.class);
  static final ObjectReader READER = new ObjectMapper().readerFor(Reading.class);
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  /** The event-type header a Tidings publisher adds ({@code tidings-type: Reading}). */
  private static final Header TYPE = new RecordHeader("tidings-type", "Reading".getBytes(StandardCharsets.UTF_8));

  /**
   * The headers of one record as a Tidings publisher writes them: the event type and a new random
   * correlation id of 32 hex digits, made the cheap way a careful developer would (no SecureRandom).
   */
  static List<Header> headers() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    byte[] id = new byte[32];
    hex(random.nextLong(), id, 0);
    hex(random.nextLong(), id, 16);
    return List.of(TYPE, new RecordHeader("tidings-correlation-id", id));
  }

  private static void hex(long bits, byte[] into, int at) {
    for (int i = 15; i >= 0; i--) {
      into[at + i] = HEX[(int) (bits & 0xF)];
      bits >>>= 4;
    }
  }

  private Json() {}

  static byte[] encode(Reading reading) {
    try {
      return WRITER.writeValueAsBytes(reading);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Reading decode(byte[] bytes) {
    try {
      return READER.readValue(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Kafka serializer over {@link #encode}, for Spring's template. */
  static final class ReadingSerializer implements Serializer<Reading> {
    @Override
    public byte[] serialize(String topic, Reading data) {
      return encode(data);
    }
  }

  /** A Kafka deserializer over {@link #decode}, for Spring's listener container. */
  static final class ReadingDeserializer implements Deserializer<Reading> {
    @Override
    public Reading deserialize(String topic, byte[] data) {
      return decode(data);
    }
  }
}
