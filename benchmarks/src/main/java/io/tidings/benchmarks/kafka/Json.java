package io.tidings.benchmarks.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What the hand-written and Spring variants encode with: one jackson-databind reader and writer for
 * {@link Reading}, created once, as a careful developer writes it; and the event-type header Tidings
 * adds, which every variant sends so that the bytes on the wire are the same.
 */
final class Json {
  static final ObjectWriter WRITER = new ObjectMapper().writerFor(Reading.class);
  static final ObjectReader READER = new ObjectMapper().readerFor(Reading.class);
  /** The event-type header a Tidings publisher adds ({@code tidings-type: Reading}). */
  static final List<Header> HEADERS =
      List.of(new RecordHeader("tidings-type", "Reading".getBytes(StandardCharsets.UTF_8)));

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
