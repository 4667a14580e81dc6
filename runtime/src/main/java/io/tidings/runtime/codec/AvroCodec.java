package io.tidings.runtime.codec;

import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import java.io.EOFException;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.ResolvingDecoder;

/**
 * The base of every generated Avro codec ({@code BookingCreated_AvroCodec}): turns a payload into
 * Avro binary (no container, no header, exactly what Avro's {@code GenericDatumWriter} writes for
 * the schema) and back. It encodes with Avro's binary encoding straight into a reused byte array
 * (one copy into the result, no stream) and decodes straight from the record's array, reading what
 * Avro's {@code BinaryDecoder} reads. A subclass writes and reads the record's fields with {@link
 * Avro}'s helpers.
 *
 * <p>The codec knows its payload's current schema, computed at compile time, and every earlier
 * version recorded in the source tree. Records carry their writer schema's fingerprint in the
 * {@link StandardHeaders#SCHEMA_FINGERPRINT} header ({@link #schemaHeader()}); {@link
 * #decode(byte[], Delivery)} reads records of the current version directly and those of an earlier
 * version through Avro's {@link ResolvingDecoder} (schema resolution: defaults for missing fields,
 * skipped removed fields, promoted numbers). A record without the header is read with the current
 * schema; one with an unknown fingerprint is a {@link DecodeException}.
 *
 * <p>Thread-safe: the encoder and the resolving decoders are reused per thread; a decoder of the
 * current schema is made per record.
 *
 * @param <T> the payload type
 */
public abstract class AvroCodec<T> implements Codec<T>, Avro.Reader<T>, Avro.Writer<T> {
  private static final int INITIAL_BUFFER = 256;
  private static final int RETAINED_BUFFER = 64 * 1024;

  private final Class<T> type;
  private final String typeName;
  private final Schema schema;
  private final long fingerprint;
  private final RecordHeader header;
  private final Map<Long, Schema> history;
  private final ThreadLocal<Buffers> buffers = ThreadLocal.withInitial(Buffers::new);

  /**
   * Creates the codec of {@code type}.
   *
   * @param schema the current schema, as JSON
   * @param history the recorded earlier versions, as JSON, oldest first (may include the current)
   */
  protected AvroCodec(Class<T> type, String schema, List<String> history) {
    this.type = type;
    String name = type.getName();
    String packageName = type.getPackageName();
    this.typeName =
        (packageName.isEmpty() ? name : name.substring(packageName.length() + 1)).replace('$', '.');
    this.schema = new Schema.Parser().parse(schema);
    this.fingerprint = SchemaNormalization.parsingFingerprint64(this.schema);
    this.header = RecordHeader.utf8(StandardHeaders.SCHEMA_FINGERPRINT, hex(fingerprint));
    Map<Long, Schema> versions = new LinkedHashMap<>();
    for (String version : history) {
      Schema parsed = new Schema.Parser().parse(version);
      versions.put(SchemaNormalization.parsingFingerprint64(parsed), parsed);
    }
    versions.remove(fingerprint);
    this.history = Map.copyOf(versions);
  }

  /** The payload type this codec reads and writes. */
  public final Class<T> type() {
    return type;
  }

  /** The payload's current Avro schema. */
  public final Schema schema() {
    return schema;
  }

  /** The current schema's 64-bit Rabin fingerprint (Avro's parsing fingerprint). */
  public final long fingerprint() {
    return fingerprint;
  }

  /** The header every record this codec encodes carries: the schema fingerprint. */
  public final RecordHeader schemaHeader() {
    return header;
  }

  /** Whether this codec can read records written with the schema of {@code fingerprint}. */
  public final boolean reads(long fingerprint) {
    return fingerprint == this.fingerprint || history.containsKey(fingerprint);
  }

  /**
   * Encodes a payload as Avro binary with the current schema.
   *
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException naming the field if a value does not fit the schema (a
   *     {@code null} where the schema allows none, a decimal with too many digits)
   */
  @Override
  public final byte[] encode(T value) {
    if (value == null) {
      throw new NullPointerException("cannot encode a null " + typeName + ": publish a value");
    }
    AvroArrayEncoder encoder = buffers.get().encoder;
    encoder.reset();
    try {
      writeObject(encoder, value);
      return encoder.toByteArray();
    } catch (IllegalArgumentException | ArithmeticException | AvroRuntimeException e) {
      throw new IllegalArgumentException("cannot encode " + typeName + " as Avro: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode " + typeName + " as Avro", e);
    }
  }

  /** Decodes Avro binary written with the current schema. */
  @Override
  public final T decode(byte[] bytes) {
    return decodeWith(bytes, null, fingerprint);
  }

  /**
   * Decodes the payload of {@code delivery} with the writer schema its {@link
   * StandardHeaders#SCHEMA_FINGERPRINT} header names (the current one if there is no header).
   *
   * @throws DecodeException if the fingerprint is not a recorded version of this payload's schema,
   *     or the bytes do not match it
   */
  @Override
  public final T decode(byte[] bytes, Delivery delivery) {
    String text = delivery == null ? null : delivery.header(StandardHeaders.SCHEMA_FINGERPRINT);
    if (text == null) {
      return decodeWith(bytes, null, fingerprint);
    }
    long writer;
    try {
      writer = Long.parseUnsignedLong(text, 16);
    } catch (NumberFormatException e) {
      throw new DecodeException(
          typeName + ": the header " + StandardHeaders.SCHEMA_FINGERPRINT + " is \"" + text
              + "\", not a schema fingerprint (16 hex digits)");
    }
    if (writer == fingerprint) {
      return decodeWith(bytes, null, fingerprint);
    }
    Schema writerSchema = history.get(writer);
    if (writerSchema == null) {
      throw new DecodeException(
          typeName + ": the record was written with schema " + text + ", which is neither the"
              + " current schema (" + hex(fingerprint) + ") nor a recorded earlier version of "
              + schema.getFullName() + ": record the producer's schema in the consumer's schema"
              + " history (src/main/avro-history/" + schema.getFullName() + "/) and rebuild it");
    }
    return decodeWith(bytes, writerSchema, writer);
  }

  private T decodeWith(byte[] bytes, Schema writer, long writerFingerprint) {
    if (bytes == null) {
      throw new DecodeException(
          typeName + ": the record has no value (null bytes), but an Avro record is expected");
    }
    try {
      AvroArrayDecoder binary = new AvroArrayDecoder(bytes);
      T value;
      if (writer == null) {
        value = readCreating(binary);
      } else {
        Map<Long, ResolvingDecoder> resolvers = buffers.get().resolving;
        ResolvingDecoder resolving = resolvers.get(writerFingerprint);
        if (resolving == null) {
          resolving = DecoderFactory.get().resolvingDecoder(writer, schema, binary);
          resolvers.put(writerFingerprint, resolving);
        } else {
          resolving.configure(binary);
        }
        value = readCreating(resolving);
        resolving.drain();
      }
      if (!binary.isEnd()) {
        throw new DecodeException(
            typeName + ": bytes remain after the record (the value has " + bytes.length
                + "): it was not written with schema " + hex(writerFingerprint));
      }
      return value;
    } catch (Avro.FieldProblem e) {
      throw new DecodeException(typeName + e.path + ": " + e.problem, e);
    } catch (DecodeException e) {
      throw e.getMessage().startsWith(typeName) ? e : new DecodeException(typeName + ": " + e.getMessage(), e);
    } catch (EOFException e) {
      throw new DecodeException(
          typeName + ": the value ends too early (" + bytes.length + " bytes): it was not written"
              + " with schema " + hex(writerFingerprint),
          e);
    } catch (IOException | RuntimeException e) {
      throw new DecodeException(typeName + ": cannot read the Avro record: " + e, e);
    }
  }

  private T readCreating(Decoder d) throws IOException {
    T value;
    try {
      value = readObject(d);
    } catch (DecodeException | IOException | AvroRuntimeException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new DecodeException(typeName + " rejected the values read (" + e + ")", e);
    }
    return value;
  }

  /** Writes a non-null value as the record's fields; for nested payloads of other codecs. */
  @Override
  public final void write(Encoder e, T value) throws IOException {
    writeObject(e, value);
  }

  /** Reads the record's fields; for nested payloads of other codecs. */
  @Override
  public final T read(Decoder d) throws IOException {
    return readObject(d);
  }

  /** Writes the fields of a non-null value, in schema order. */
  protected abstract void writeObject(Encoder e, T value) throws IOException;

  /** Reads the fields of one record, in the order {@link Avro#fieldOrder} gives. */
  protected abstract T readObject(Decoder d) throws IOException;

  /** A fingerprint as 16 lower-case hex digits, as in the header. */
  public static String hex(long fingerprint) {
    String digits = Long.toHexString(fingerprint);
    return "0".repeat(16 - digits.length()) + digits;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }

  /** One thread's reusable encoder (with its output array) and resolving decoders. */
  private static final class Buffers {
    final AvroArrayEncoder encoder = new AvroArrayEncoder(INITIAL_BUFFER, RETAINED_BUFFER);
    final Map<Long, ResolvingDecoder> resolving = new HashMap<>();
  }
}
