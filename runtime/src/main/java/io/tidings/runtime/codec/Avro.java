package io.tidings.runtime.codec;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.ResolvingDecoder;

/**
 * The helpers generated Avro codecs ({@code BookingCreated_AvroCodec}) call to write and read one
 * value through Avro's {@link Encoder} and {@link Decoder}, without {@code GenericRecord}, {@code
 * SpecificData} or reflection. Each Java type has the Avro encoding its schema declares (see the
 * README's type table): {@code Instant} as {@code timestamp-micros}, {@code LocalDate} as {@code
 * date}, {@code LocalDateTime} as {@code local-timestamp-micros}, {@code UUID} as a {@code uuid}
 * string, {@code BigDecimal} as {@code decimal} bytes, {@code byte}, {@code short} and {@code char}
 * as {@code int}; {@code null} and {@code Optional.empty()} as branch 0 of a union with {@code null}.
 *
 * <p>Stateless and thread-safe. Public only because generated code in users' packages calls it.
 */
public final class Avro {
  private static final long MICROS_PER_SECOND = 1_000_000L;
  private static final int NANOS_PER_MICRO = 1_000;

  private Avro() {}

  /** Writes one value of type {@code T}. */
  @FunctionalInterface
  public interface Writer<T> {
    /** Writes a non-null {@code value}. */
    void write(Encoder e, T value) throws IOException;
  }

  /** Reads one value of type {@code T}. */
  @FunctionalInterface
  public interface Reader<T> {
    /** Reads the next value. */
    T read(Decoder d) throws IOException;
  }

  /**
   * The order in which a record's fields arrive: {@code null} when the decoder reads the reader's
   * own schema (fields in declaration order), else the reader fields in the writer's order (the
   * ones the writer lacks last, filled from their defaults).
   */
  public static Schema.Field[] fieldOrder(Decoder d) throws IOException {
    return d instanceof ResolvingDecoder resolving ? resolving.readFieldOrder() : null;
  }

  /**
   * {@code problem}, found while reading field number {@code position} of a record of {@code
   * schema}, with that field's name added to its path; generated codecs call it so that a decoding
   * error names the field path from the payload root ({@code BookingCreated.venue.city: ...}).
   */
  public static DecodeException inField(DecodeException problem, Schema schema, int position) {
    String name =
        position >= 0 && position < schema.getFields().size()
            ? schema.getFields().get(position).name()
            : "#" + position;
    if (problem instanceof FieldProblem field) {
      return new FieldProblem("." + name + field.path, field.problem, problem);
    }
    return new FieldProblem("." + name, problem.getMessage(), problem);
  }

  /** A decoding problem with the field path it was found at, for {@link AvroCodec} to prefix. */
  static final class FieldProblem extends DecodeException {
    private static final long serialVersionUID = 1L;
    final String path;
    final String problem;

    FieldProblem(String path, String problem, Throwable cause) {
      super(path.substring(1) + ": " + problem, cause);
      this.path = path;
      this.problem = problem;
    }
  }

  /**
   * {@code value} if it is not {@code null}; otherwise fails the encoding naming the field.
   *
   * @param field the field's path, e.g. {@code BookingCreated.customer}
   * @throws IllegalArgumentException if {@code value} is {@code null}
   */
  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(
          field
              + " is null, but its Avro schema does not allow null: set it, or declare it"
              + " Optional<...> or annotate it @Nullable (a union with null)");
    }
    return value;
  }

  // ------------------------------------------------------------------------- scalars

  /** Writes a boolean. */
  public static void writeBoolean(Encoder e, boolean value) throws IOException {
    e.writeBoolean(value);
  }

  /** Reads a boolean. */
  public static boolean readBoolean(Decoder d) throws IOException {
    return d.readBoolean();
  }

  /** Writes an int. */
  public static void writeInt(Encoder e, int value) throws IOException {
    e.writeInt(value);
  }

  /** Reads an int. */
  public static int readInt(Decoder d) throws IOException {
    return d.readInt();
  }

  /** Writes a short as an Avro int. */
  public static void writeShort(Encoder e, short value) throws IOException {
    e.writeInt(value);
  }

  /** Reads an Avro int that must fit a short. */
  public static short readShort(Decoder d) throws IOException {
    int value = d.readInt();
    if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
      throw new DecodeException("expected a short, found the int " + value);
    }
    return (short) value;
  }

  /** Writes a byte as an Avro int. */
  public static void writeByte(Encoder e, byte value) throws IOException {
    e.writeInt(value);
  }

  /** Reads an Avro int that must fit a byte. */
  public static byte readByte(Decoder d) throws IOException {
    int value = d.readInt();
    if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
      throw new DecodeException("expected a byte, found the int " + value);
    }
    return (byte) value;
  }

  /** Writes a char as an Avro int (its UTF-16 code unit). */
  public static void writeChar(Encoder e, char value) throws IOException {
    e.writeInt(value);
  }

  /** Reads an Avro int that must be a UTF-16 code unit. */
  public static char readChar(Decoder d) throws IOException {
    int value = d.readInt();
    if (value < Character.MIN_VALUE || value > Character.MAX_VALUE) {
      throw new DecodeException("expected a char (0 to 65535), found the int " + value);
    }
    return (char) value;
  }

  /** Writes a long. */
  public static void writeLong(Encoder e, long value) throws IOException {
    e.writeLong(value);
  }

  /** Reads a long. */
  public static long readLong(Decoder d) throws IOException {
    return d.readLong();
  }

  /** Writes a float. */
  public static void writeFloat(Encoder e, float value) throws IOException {
    e.writeFloat(value);
  }

  /** Reads a float. */
  public static float readFloat(Decoder d) throws IOException {
    return d.readFloat();
  }

  /** Writes a double. */
  public static void writeDouble(Encoder e, double value) throws IOException {
    e.writeDouble(value);
  }

  /** Reads a double. */
  public static double readDouble(Decoder d) throws IOException {
    return d.readDouble();
  }

  /** Writes a string. */
  public static void writeString(Encoder e, String value) throws IOException {
    e.writeString(value);
  }

  /** Reads a string. */
  public static String readString(Decoder d) throws IOException {
    return d.readString();
  }

  /** Writes bytes. */
  public static void writeBytes(Encoder e, byte[] value) throws IOException {
    e.writeBytes(value);
  }

  /** Reads bytes. */
  public static byte[] readBytes(Decoder d) throws IOException {
    ByteBuffer buffer = d.readBytes(null);
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }

  /** Writes a UUID as its canonical string ({@code uuid} logical type). */
  public static void writeUuid(Encoder e, UUID value) throws IOException {
    e.writeString(value.toString());
  }

  /** Reads a {@code uuid} string. */
  public static UUID readUuid(Decoder d) throws IOException {
    String text = d.readString();
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new DecodeException("expected a UUID, found \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"", e);
    }
  }

  /** Writes an Instant as microseconds since the epoch ({@code timestamp-micros}). */
  public static void writeInstant(Encoder e, Instant value) throws IOException {
    e.writeLong(
        Math.addExact(
            Math.multiplyExact(value.getEpochSecond(), MICROS_PER_SECOND),
            value.getNano() / NANOS_PER_MICRO));
  }

  /** Reads a {@code timestamp-micros}. */
  public static Instant readInstant(Decoder d) throws IOException {
    long micros = d.readLong();
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, MICROS_PER_SECOND),
        Math.floorMod(micros, MICROS_PER_SECOND) * NANOS_PER_MICRO);
  }

  /** Writes a LocalDate as days since the epoch ({@code date}). */
  public static void writeLocalDate(Encoder e, LocalDate value) throws IOException {
    e.writeInt(Math.toIntExact(value.toEpochDay()));
  }

  /** Reads a {@code date}. */
  public static LocalDate readLocalDate(Decoder d) throws IOException {
    return LocalDate.ofEpochDay(d.readInt());
  }

  /** Writes a LocalDateTime as microseconds from 1970-01-01T00:00 ({@code local-timestamp-micros}). */
  public static void writeLocalDateTime(Encoder e, LocalDateTime value) throws IOException {
    writeInstant(e, value.toInstant(ZoneOffset.UTC));
  }

  /** Reads a {@code local-timestamp-micros}. */
  public static LocalDateTime readLocalDateTime(Decoder d) throws IOException {
    return LocalDateTime.ofInstant(readInstant(d), ZoneOffset.UTC);
  }

  /**
   * Writes a BigDecimal as the two's-complement big-endian bytes of its unscaled value at {@code
   * scale} ({@code decimal(precision, scale)}).
   *
   * @throws IllegalArgumentException if the value has more digits after the point than {@code
   *     scale}, or more in all than {@code precision}
   */
  public static void writeDecimal(Encoder e, BigDecimal value, int precision, int scale)
      throws IOException {
    BigDecimal scaled;
    try {
      scaled = value.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException tooPrecise) {
      throw new IllegalArgumentException(
          value + " has more than " + scale + " digits after the point, the scale of its @Decimal");
    }
    if (scaled.precision() > precision) {
      throw new IllegalArgumentException(
          value + " has more than " + precision + " digits, the precision of its @Decimal");
    }
    e.writeBytes(scaled.unscaledValue().toByteArray());
  }

  /** Reads a {@code decimal} with the schema's {@code scale}. */
  public static BigDecimal readDecimal(Decoder d, int scale) throws IOException {
    byte[] bytes = readBytes(d);
    if (bytes.length == 0) {
      throw new DecodeException("expected a decimal, found no bytes");
    }
    return new BigDecimal(new BigInteger(bytes), scale);
  }

  /** Writes an enum constant as its index among the schema's symbols (declaration order). */
  public static void writeEnum(Encoder e, Enum<?> value) throws IOException {
    e.writeEnum(value.ordinal());
  }

  /** Reads an enum symbol's index and returns that constant of {@code constants}. */
  public static <E extends Enum<E>> E readEnum(Decoder d, E[] constants) throws IOException {
    int index = d.readEnum();
    if (index < 0 || index >= constants.length) {
      throw new DecodeException(
          "expected one of " + constants.length + " enum symbols, found index " + index);
    }
    return constants[index];
  }

  // ------------------------------------------------------------------------- unions

  /** Writes a union {@code ["null", T]}: branch 0 for {@code null}, else branch 1 and the value. */
  public static <T> void writeNullable(Encoder e, T value, Writer<? super T> writer)
      throws IOException {
    if (value == null) {
      e.writeIndex(0);
      e.writeNull();
    } else {
      e.writeIndex(1);
      writer.write(e, value);
    }
  }

  /** Reads a union {@code ["null", T]}. */
  public static <T> T readNullable(Decoder d, Reader<? extends T> reader) throws IOException {
    int branch = d.readIndex();
    if (branch == 0) {
      d.readNull();
      return null;
    }
    if (branch != 1) {
      throw new DecodeException("expected union branch 0 (null) or 1, found " + branch);
    }
    return reader.read(d);
  }

  /** Writes an Optional as a union {@code ["null", T]}; {@code null} counts as empty. */
  public static <T> void writeOptional(Encoder e, Optional<T> value, Writer<? super T> writer)
      throws IOException {
    writeNullable(e, value == null ? null : value.orElse(null), writer);
  }

  /** Reads a union {@code ["null", T]} as an Optional. */
  public static <T> Optional<T> readOptional(Decoder d, Reader<? extends T> reader)
      throws IOException {
    return Optional.ofNullable(readNullable(d, reader));
  }

  // ------------------------------------------------------------------------- containers

  /** Writes a collection as an Avro array. */
  public static <T> void writeCollection(
      Encoder e, Collection<? extends T> values, Writer<? super T> writer) throws IOException {
    e.writeArrayStart();
    e.setItemCount(values.size());
    for (T value : values) {
      e.startItem();
      writer.write(e, present(value, "an element of an array"));
    }
    e.writeArrayEnd();
  }

  /** Reads an Avro array as a List. */
  public static <T> List<T> readList(Decoder d, Reader<? extends T> reader) throws IOException {
    List<T> values = new ArrayList<>();
    for (long n = d.readArrayStart(); n > 0; n = d.arrayNext()) {
      for (long i = 0; i < n; i++) {
        values.add(reader.read(d));
      }
    }
    return values;
  }

  /** Reads an Avro array as a Set, in order. */
  public static <T> Set<T> readSet(Decoder d, Reader<? extends T> reader) throws IOException {
    return new LinkedHashSet<>(readList(d, reader));
  }

  /** Reads an Avro array as a Collection. */
  public static <T> Collection<T> readCollection(Decoder d, Reader<? extends T> reader)
      throws IOException {
    return readList(d, reader);
  }

  /** Writes a map with String keys as an Avro map. */
  public static <T> void writeMap(Encoder e, Map<String, ? extends T> values, Writer<? super T> writer)
      throws IOException {
    e.writeMapStart();
    e.setItemCount(values.size());
    for (Map.Entry<String, ? extends T> entry : values.entrySet()) {
      e.startItem();
      e.writeString(present(entry.getKey(), "a map key"));
      writer.write(e, present(entry.getValue(), "the map value of \"" + entry.getKey() + "\""));
    }
    e.writeMapEnd();
  }

  /** Reads an Avro map. */
  public static <T> Map<String, T> readMap(Decoder d, Reader<? extends T> reader)
      throws IOException {
    Map<String, T> values = new LinkedHashMap<>();
    for (long n = d.readMapStart(); n > 0; n = d.mapNext()) {
      for (long i = 0; i < n; i++) {
        String key = d.readString();
        values.put(key, reader.read(d));
      }
    }
    return values;
  }
}
