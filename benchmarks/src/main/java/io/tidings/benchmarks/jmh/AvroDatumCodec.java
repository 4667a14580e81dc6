package io.tidings.benchmarks.jmh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;

/**
 * An Avro baseline of the Avro codec benchmark, used the way Avro's documentation recommends for
 * speed: one {@link DatumWriter} and one {@link DatumReader} created once for the schema, and the
 * {@link BinaryEncoder} (buffered, from {@link EncoderFactory#binaryEncoder}), the {@link
 * BinaryDecoder} and the output buffer reused from call to call. Like a Kafka serializer, encoding
 * returns a fresh {@code byte[]} and decoding a fresh object (no datum reuse: a consumer hands each
 * decoded record to its handler). One per benchmark state, so single-threaded.
 *
 * @param <T> the datum type: a Specific record or a Reflect class
 */
final class AvroDatumCodec<T> {
  private final DatumWriter<T> writer;
  private final DatumReader<T> reader;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
  private BinaryEncoder encoder;
  private BinaryDecoder decoder;

  AvroDatumCodec(DatumWriter<T> writer, DatumReader<T> reader) {
    this.writer = writer;
    this.reader = reader;
  }

  /** The Avro binary of {@code value}, without header or framing. */
  byte[] encode(T value) throws IOException {
    out.reset();
    encoder = EncoderFactory.get().binaryEncoder(out, encoder);
    writer.write(value, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  /** A new datum read from Avro binary. */
  T decode(byte[] bytes) throws IOException {
    decoder = DecoderFactory.get().binaryDecoder(bytes, decoder);
    return reader.read(null, decoder);
  }
}
