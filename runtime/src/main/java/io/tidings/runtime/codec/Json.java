package io.tidings.runtime.codec;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The value readers and writers that generated JSON codecs call, one pair per supported type, over
 * Jackson's streaming API. Each writer writes one value (a {@code null} reference as JSON {@code
 * null}); each reader reads the value at the parser's current token and leaves the parser on the
 * value's last token, returning {@code null} for JSON {@code null} unless the Java type is a
 * primitive.
 *
 * <p>The formats are those of a Jackson {@code ObjectMapper} with the JSR-310 and JDK 8 modules
 * registered, so that a plain mapper reads what Tidings writes and the other way round: numbers as
 * JSON numbers (a {@code BigDecimal} keeps its scale, {@code NaN} and the infinities are strings),
 * {@code char} as a one-character string, {@code byte[]} as base64, enums by name, and the {@code
 * java.time} types as ISO-8601 strings. The readers also accept the mapper's default timestamp
 * forms: decimal seconds for {@code Instant}, {@code OffsetDateTime} and {@code Duration}, and
 * arrays such as {@code [2024,5,31]} for {@code LocalDate} and {@code LocalDateTime}.
 *
 * <p>A value of the wrong shape is a {@link DecodeException} whose message names the field's path
 * (taken from the parser's context, so the happy path pays nothing for it) and what was found. All
 * methods are stateless and thread-safe.
 */
public final class Json {
  /**
   * The one factory behind every generated codec; thread-safe. Jackson's parse errors do not quote
   * the input (payloads may hold personal data; a wrong value is shown by the readers, shortened to
   * 40 characters); characters beyond the BMP are written as UTF-8, not as escaped surrogate pairs.
   */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .build();

  private static final int MAX_QUOTED = 40;

  private Json() {}

  /**
   * Reads one value at the parser's current token. Implemented by generated codecs and by method
   * references such as {@code Json::readString}.
   *
   * @param <T> the value's type
   */
  @FunctionalInterface
  public interface Reader<T> {
    /** Reads the value at {@code p}'s current token, leaving {@code p} on its last token. */
    T read(JsonParser p) throws IOException;
  }

  /**
   * Writes one value. Implemented by generated codecs and by method references such as {@code
   * Json::writeString}.
   *
   * @param <T> the value's type
   */
  @FunctionalInterface
  public interface Writer<T> {
    /** Writes {@code value}, {@code null} as JSON {@code null}. */
    void write(JsonGenerator g, T value) throws IOException;
  }

  // ---------------------------------------------------------------- booleans and numbers

  /** Writes a {@code boolean}. */
  public static void writeBoolean(JsonGenerator g, boolean value) throws IOException {
    g.writeBoolean(value);
  }

  /** Writes a {@code Boolean} or {@code null}. */
  public static void writeBooleanOrNull(JsonGenerator g, Boolean value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeBoolean(value);
    }
  }

  /** Reads {@code true} or {@code false}. */
  public static boolean readBoolean(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    } else if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw expected(p, "true or false");
  }

  /** Reads {@code true}, {@code false} or {@code null}. */
  public static Boolean readBooleanOrNull(JsonParser p) throws IOException {
    return isNull(p) ? null : readBoolean(p);
  }

  /** Writes a {@code byte} as a number. */
  public static void writeByte(JsonGenerator g, byte value) throws IOException {
    g.writeNumber(value);
  }

  /** Writes a {@code Byte} as a number, or {@code null}. */
  public static void writeByteOrNull(JsonGenerator g, Byte value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(value.byteValue());
    }
  }

  /** Reads a whole number from -128 to 127. */
  public static byte readByte(JsonParser p) throws IOException {
    return (byte) readWhole(p, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
  }

  /** Reads a whole number from -128 to 127, or {@code null}. */
  public static Byte readByteOrNull(JsonParser p) throws IOException {
    return isNull(p) ? null : readByte(p);
  }

  /** Writes a {@code short} as a number. */
  public static void writeShort(JsonGenerator g, short value) throws IOException {
    g.writeNumber(value);
  }

  /** Writes a {@code Short} as a number, or {@code null}. */
  public static void writeShortOrNull(JsonGenerator g, Short value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(value.shortValue());
    }
  }

  /** Reads a whole number from -32768 to 32767. */
  public static short readShort(JsonParser p) throws IOException {
    return (short) readWhole(p, Short.MIN_VALUE, Short.MAX_VALUE, "short");
  }

  /** Reads a whole number from -32768 to 32767, or {@code null}. */
  public static Short readShortOrNull(JsonParser p) throws IOException {
    return isNull(p) ? null : readShort(p);
  }

  /** Writes an {@code int} as a number. */
  public static void writeInt(JsonGenerator g, int value) throws IOException {
    g.writeNumber(value);
  }

  /** Writes an {@code Integer} as a number, or {@code null}. */
  public static void writeIntOrNull(JsonGenerator g, Integer value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(value.intValue());
    }
  }

  /** Reads a whole number in the range of {@code int}. */
  public static int readInt(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == NumberType.INT) {
      return p.getIntValue();
    }
    throw expected(p, "a number (int)");
  }

  /** Reads a whole number in the range of {@code int}, or {@code null}. */
  public static Integer readIntOrNull(JsonParser p) throws IOException {
    return isNull(p) ? null : readInt(p);
  }

  /** Writes a {@code long} as a number. */
  public static void writeLong(JsonGenerator g, long value) throws IOException {
    g.writeNumber(value);
  }

  /** Writes a {@code Long} as a number, or {@code null}. */
  public static void writeLongOrNull(JsonGenerator g, Long value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(value.longValue());
    }
  }

  /** Reads a whole number in the range of {@code long}. */
  public static long readLong(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() != NumberType.BIG_INTEGER) {
      return p.getLongValue();
    }
    throw expected(p, "a number (long)");
  }

  /** Reads a whole number in the range of {@code long}, or {@code null}. */
  public static Long readLongOrNull(JsonParser p) throws IOException {
    return isNull(p) ? null : readLong(p);
  }

  /**
   * Writes a {@code float} as a number; {@code NaN} and the infinities as strings, as Jackson does.
   */
  public static void writeFloat(JsonGenerator g, float value) throws IOException {
    g.writeNumber(value);
  }

  /** Writes a {@code Float} as a number, or {@code null}. */
  public static void writeFloatOrNull(JsonGenerator g, Float value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(value.floatValue());
    }
  }

  /**
   * Reads a number, or one of the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.
   */
  public static float readFloat(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
      return p.getFloatValue();
    } else if (token == JsonToken.VALUE_STRING) {
      Double special = nonFinite(p.getText());
      if (special != null) {
        return special.floatValue();
      }
    }
    throw expected(p, "a number (float)");
  }

  /** Reads a {@code float} as {@link #readFloat} does, or {@code null}. */
  public static Float readFloatOrNull(JsonParser p) throws IOException {
    return isNull(p) ? null : readFloat(p);
  }

  /**
   * Writes a {@code double} as a number; {@code NaN} and the infinities as strings, as Jackson
   * does.
   */
  public static void writeDouble(JsonGenerator g, double value) throws IOException {
    g.writeNumber(value);
  }

  /** Writes a {@code Double} as a number, or {@code null}. */
  public static void writeDoubleOrNull(JsonGenerator g, Double value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(value.doubleValue());
    }
  }

  /**
   * Reads a number, or one of the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.
   */
  public static double readDouble(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
      return p.getDoubleValue();
    } else if (token == JsonToken.VALUE_STRING) {
      Double special = nonFinite(p.getText());
      if (special != null) {
        return special;
      }
    }
    throw expected(p, "a number (double)");
  }

  /** Reads a {@code double} as {@link #readDouble} does, or {@code null}. */
  public static Double readDoubleOrNull(JsonParser p) throws IOException {
    return isNull(p) ? null : readDouble(p);
  }

  /** Writes a {@code BigDecimal} as a number with its scale ({@code 1.50} stays {@code 1.50}). */
  public static void writeBigDecimal(JsonGenerator g, BigDecimal value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(value);
    }
  }

  /**
   * Reads a number, or a string holding one, keeping its scale; {@code null} stays {@code null}.
   */
  public static BigDecimal readBigDecimal(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDecimalValue();
    } else if (token == JsonToken.VALUE_STRING) {
      try {
        return new BigDecimal(p.getText().trim());
      } catch (NumberFormatException e) {
        throw expected(p, "a decimal number", e);
      }
    }
    throw expected(p, "a decimal number");
  }

  /** Writes a {@code BigInteger} as a number. */
  public static void writeBigInteger(JsonGenerator g, BigInteger value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(value);
    }
  }

  /** Reads a whole number of any size, or a string holding one; {@code null} stays {@code null}. */
  public static BigInteger readBigInteger(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    } else if (token == JsonToken.VALUE_NUMBER_INT) {
      return p.getBigIntegerValue();
    } else if (token == JsonToken.VALUE_STRING) {
      try {
        return new BigInteger(p.getText().trim());
      } catch (NumberFormatException e) {
        throw expected(p, "a whole number", e);
      }
    }
    throw expected(p, "a whole number");
  }

  // ---------------------------------------------------------------- text

  /** Writes a {@code char} as a one-character string. */
  public static void writeChar(JsonGenerator g, char value) throws IOException {
    g.writeString(String.valueOf(value));
  }

  /** Writes a {@code Character} as a one-character string, or {@code null}. */
  public static void writeCharOrNull(JsonGenerator g, Character value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      writeChar(g, value);
    }
  }

  /** Reads a one-character string. */
  public static char readChar(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() == 1) {
      return p.getText().charAt(0);
    }
    throw expected(p, "a single character");
  }

  /** Reads a one-character string, or {@code null}. */
  public static Character readCharOrNull(JsonParser p) throws IOException {
    return isNull(p) ? null : readChar(p);
  }

  /** Writes a string, or {@code null}. */
  public static void writeString(JsonGenerator g, String value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }

  /** Reads a string, or {@code null}. */
  public static String readString(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return p.getText();
    } else if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw expected(p, "a string");
  }

  /** Writes a UUID as its canonical text, or {@code null}. */
  public static void writeUuid(JsonGenerator g, UUID value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value.toString());
    }
  }

  /** Reads a UUID from its canonical text, or {@code null}. */
  public static UUID readUuid(JsonParser p) throws IOException {
    String text = readText(p, "a UUID such as \"123e4567-e89b-12d3-a456-426614174000\"");
    if (text == null) {
      return null;
    }
    try {
      if (text.length() == 36) {
        return UUID.fromString(text);
      }
    } catch (IllegalArgumentException e) {
      throw expected(p, "a UUID such as \"123e4567-e89b-12d3-a456-426614174000\"", e);
    }
    throw expected(p, "a UUID such as \"123e4567-e89b-12d3-a456-426614174000\"");
  }

  /** Writes bytes as a base64 string, or {@code null}. */
  public static void writeBytes(JsonGenerator g, byte[] value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeBinary(value);
    }
  }

  /** Reads a base64 string into bytes, or {@code null}. */
  public static byte[] readBytes(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    } else if (token == JsonToken.VALUE_STRING) {
      try {
        return Base64Variants.getDefaultVariant().decode(p.getText());
      } catch (IllegalArgumentException e) {
        throw expected(p, "base64 text", e);
      }
    }
    throw expected(p, "base64 text");
  }

  /** Writes an enum constant by name, or {@code null}. */
  public static void writeEnum(JsonGenerator g, Enum<?> value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value.name());
    }
  }

  /** Reads an enum constant by its exact name, or {@code null}. */
  public static <E extends Enum<E>> E readEnum(JsonParser p, Class<E> type) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.VALUE_STRING) {
      try {
        return Enum.valueOf(type, p.getText());
      } catch (IllegalArgumentException e) {
        throw expected(p, constantsOf(type), e);
      }
    }
    throw expected(p, constantsOf(type));
  }

  private static String constantsOf(Class<? extends Enum<?>> type) {
    return "one of "
        + type.getSimpleName()
        + "'s constants "
        + Arrays.toString(type.getEnumConstants());
  }

  // ---------------------------------------------------------------- java.time

  /** Writes an instant as ISO-8601 text such as {@code "2024-05-31T09:30:00Z"}, or {@code null}. */
  public static void writeInstant(JsonGenerator g, Instant value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value.toString());
    }
  }

  /**
   * Reads ISO-8601 text or decimal epoch seconds (Jackson's default) into an instant, or {@code
   * null}.
   */
  public static Instant readInstant(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    try {
      if (token == JsonToken.VALUE_NULL) {
        return null;
      } else if (token == JsonToken.VALUE_STRING) {
        return Instant.parse(p.getText());
      } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        BigDecimal seconds = p.getDecimalValue();
        BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
        return Instant.ofEpochSecond(whole.longValueExact(), nanos(seconds, whole));
      }
    } catch (DateTimeException | ArithmeticException e) {
      throw expected(p, "an instant such as \"2024-05-31T09:30:00Z\"", e);
    }
    throw expected(p, "an instant such as \"2024-05-31T09:30:00Z\"");
  }

  /** Writes a date as ISO-8601 text such as {@code "2024-05-31"}, or {@code null}. */
  public static void writeLocalDate(JsonGenerator g, LocalDate value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value.toString());
    }
  }

  /** Reads ISO-8601 text or a {@code [year, month, day]} array into a date, or {@code null}. */
  public static LocalDate readLocalDate(JsonParser p) throws IOException {
    String what = "a date such as \"2024-05-31\"";
    JsonToken token = p.currentToken();
    try {
      if (token == JsonToken.VALUE_NULL) {
        return null;
      } else if (token == JsonToken.VALUE_STRING) {
        return LocalDate.parse(p.getText());
      } else if (token == JsonToken.START_ARRAY) {
        LocalDate date = LocalDate.of(nextInt(p, what), nextInt(p, what), nextInt(p, what));
        if (p.nextToken() != JsonToken.END_ARRAY) {
          throw expected(p, "the end of the [year, month, day] array");
        }
        return date;
      }
    } catch (DateTimeException e) {
      throw expected(p, what, e);
    }
    throw expected(p, what);
  }

  /**
   * Writes a date and time as ISO-8601 text such as {@code "2024-05-31T09:30"}, or {@code null}.
   */
  public static void writeLocalDateTime(JsonGenerator g, LocalDateTime value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value.toString());
    }
  }

  /**
   * Reads ISO-8601 text or a {@code [year, month, day, hour, minute(, second(, nano))]} array into
   * a date and time, or {@code null}.
   */
  public static LocalDateTime readLocalDateTime(JsonParser p) throws IOException {
    String what = "a date and time such as \"2024-05-31T09:30:00\"";
    JsonToken token = p.currentToken();
    try {
      if (token == JsonToken.VALUE_NULL) {
        return null;
      } else if (token == JsonToken.VALUE_STRING) {
        return LocalDateTime.parse(p.getText());
      } else if (token == JsonToken.START_ARRAY) {
        int[] parts = new int[7];
        int count = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (count == parts.length) {
            throw expected(p, "the end of the date-time array");
          }
          parts[count++] = readInt(p);
        }
        if (count < 5) {
          throw expected(p, "at least [year, month, day, hour, minute] in the date-time array");
        }
        return LocalDateTime.of(
            parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);
      }
    } catch (DateTimeException e) {
      throw expected(p, what, e);
    }
    throw expected(p, what);
  }

  /**
   * Writes a date and time with offset as ISO-8601 text such as {@code "2024-05-31T09:30+02:00"},
   * or {@code null}.
   */
  public static void writeOffsetDateTime(JsonGenerator g, OffsetDateTime value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value.toString());
    }
  }

  /**
   * Reads ISO-8601 text (keeping its offset) or decimal epoch seconds (Jackson's default, read at
   * UTC) into a date and time with offset, or {@code null}.
   */
  public static OffsetDateTime readOffsetDateTime(JsonParser p) throws IOException {
    String what = "a date and time with offset such as \"2024-05-31T09:30:00+02:00\"";
    JsonToken token = p.currentToken();
    try {
      if (token == JsonToken.VALUE_STRING) {
        return OffsetDateTime.parse(p.getText());
      } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return readInstant(p).atOffset(ZoneOffset.UTC);
      } else if (token == JsonToken.VALUE_NULL) {
        return null;
      }
    } catch (DateTimeException e) {
      throw expected(p, what, e);
    }
    throw expected(p, what);
  }

  /** Writes a duration as ISO-8601 text such as {@code "PT1H30M"}, or {@code null}. */
  public static void writeDuration(JsonGenerator g, Duration value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value.toString());
    }
  }

  /**
   * Reads ISO-8601 text or decimal seconds (Jackson's default) into a duration, or {@code null}.
   */
  public static Duration readDuration(JsonParser p) throws IOException {
    String what = "a duration such as \"PT1H30M\"";
    JsonToken token = p.currentToken();
    try {
      if (token == JsonToken.VALUE_NULL) {
        return null;
      } else if (token == JsonToken.VALUE_STRING) {
        return Duration.parse(p.getText());
      } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        BigDecimal seconds = p.getDecimalValue();
        BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
        return Duration.ofSeconds(whole.longValueExact(), nanos(seconds, whole));
      }
    } catch (DateTimeException | ArithmeticException e) {
      throw expected(p, what, e);
    }
    throw expected(p, what);
  }

  // ---------------------------------------------------------------- containers

  /** Writes a list, set or collection as an array, or {@code null}. */
  public static <T> void writeCollection(
      JsonGenerator g, Collection<? extends T> values, Writer<? super T> elements)
      throws IOException {
    if (values == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray(values, values.size());
    for (T value : values) {
      elements.write(g, value);
    }
    g.writeEndArray();
  }

  /** Reads an array into an {@code ArrayList}, or {@code null}. */
  public static <T> List<T> readList(JsonParser p, Reader<? extends T> elements)
      throws IOException {
    if (isNull(p)) {
      return null;
    }
    expectArray(p);
    List<T> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(elements.read(p));
    }
    return list;
  }

  /** Reads an array into a {@code LinkedHashSet} (keeping the order), or {@code null}. */
  public static <T> Set<T> readSet(JsonParser p, Reader<? extends T> elements) throws IOException {
    if (isNull(p)) {
      return null;
    }
    expectArray(p);
    Set<T> set = new LinkedHashSet<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      set.add(elements.read(p));
    }
    return set;
  }

  /** Reads an array into an {@code ArrayList}, for a field declared as {@code Collection}. */
  public static <T> Collection<T> readCollection(JsonParser p, Reader<? extends T> elements)
      throws IOException {
    return readList(p, elements);
  }

  /**
   * Writes a map with string keys as an object, or {@code null}.
   *
   * @throws IllegalArgumentException if a key is {@code null}, which JSON cannot represent
   */
  public static <T> void writeMap(
      JsonGenerator g, Map<String, ? extends T> values, Writer<? super T> entries)
      throws IOException {
    if (values == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject(values, values.size());
    for (Map.Entry<String, ? extends T> entry : values.entrySet()) {
      if (entry.getKey() == null) {
        throw new JsonEncodeProblem(
            pathOf(g.getOutputContext().getParent()),
            "the map has a null key, and a JSON object cannot have one: remove the entry or give it"
                + " a key");
      }
      g.writeFieldName(entry.getKey());
      entries.write(g, entry.getValue());
    }
    g.writeEndObject();
  }

  /** Reads an object into a {@code LinkedHashMap} (keeping the order), or {@code null}. */
  public static <T> Map<String, T> readMap(JsonParser p, Reader<? extends T> values)
      throws IOException {
    if (isNull(p)) {
      return null;
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw expected(p, "an object");
    }
    Map<String, T> map = new LinkedHashMap<>();
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      map.put(key, values.read(p));
    }
    return map;
  }

  /** Writes an optional's value, or {@code null} when it is empty or itself {@code null}. */
  public static <T> void writeOptional(
      JsonGenerator g, Optional<? extends T> value, Writer<? super T> present) throws IOException {
    if (value == null || value.isEmpty()) {
      g.writeNull();
    } else {
      present.write(g, value.get());
    }
  }

  /** Reads a value into an optional; JSON {@code null} is {@link Optional#empty()}. */
  public static <T> Optional<T> readOptional(JsonParser p, Reader<? extends T> present)
      throws IOException {
    return isNull(p) ? Optional.empty() : Optional.ofNullable(present.read(p));
  }

  // ---------------------------------------------------------------- errors

  /**
   * The error for a required field (a primitive) that the object at the parser's current {@code
   * END_OBJECT} token does not have.
   */
  public static DecodeException missing(JsonParser p, String field) {
    return new JsonProblem(
        pathOf(p.getParsingContext()) + segment(field),
        "missing, and the field is a primitive, which needs a value: write the field, or make it"
            + " a boxed type or Optional if it may be absent",
        null);
  }

  /** The error for a value at the parser's current token that is not {@code what}. */
  static DecodeException expected(JsonParser p, String what) {
    return expected(p, what, null);
  }

  private static DecodeException expected(JsonParser p, String what, Throwable cause) {
    return new JsonProblem(pathAt(p), "expected " + what + ", found " + found(p), cause);
  }

  /**
   * The path of the value at the parser's current token, such as {@code .venue.seats} or {@code
   * [2]}.
   */
  static String pathAt(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken token = p.currentToken();
    if (context != null && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
      context = context.getParent(); // a container's own context starts at its first token
    }
    return pathOf(context);
  }

  /** The path of the value a context is positioned on, from the root. */
  static String pathOf(JsonStreamContext context) {
    StringBuilder path = new StringBuilder();
    appendPath(path, context);
    return path.toString();
  }

  private static void appendPath(StringBuilder path, JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return;
    }
    appendPath(path, context.getParent());
    if (context.inArray()) {
      path.append('[').append(Math.max(context.getCurrentIndex(), 0)).append(']');
    } else if (context.getCurrentName() != null) {
      path.append(segment(context.getCurrentName()));
    }
  }

  private static String segment(String name) {
    boolean plain = !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0));
    for (int i = 1; plain && i < name.length(); i++) {
      plain = Character.isJavaIdentifierPart(name.charAt(i));
    }
    return plain ? "." + name : "[" + quote(name) + "]";
  }

  /** The value at the parser's current token, as error messages show it. */
  static String found(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    try {
      return describe(p, token);
    } catch (IOException e) {
      return token.name();
    }
  }

  private static String describe(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_OBJECT:
        return "the end of the object";
      case END_ARRAY:
        return "the end of the array";
      case VALUE_STRING:
        return quote(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return shorten(p.getText());
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    String shown = shorten(text);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  private static String shorten(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
  }

  // ---------------------------------------------------------------- helpers

  private static boolean isNull(JsonParser p) {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  private static void expectArray(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw expected(p, "an array");
    }
  }

  private static String readText(JsonParser p, String what) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return p.getText();
    } else if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw expected(p, what);
  }

  private static long readWhole(JsonParser p, long min, long max, String type) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == NumberType.INT) {
      int value = p.getIntValue();
      if (value >= min && value <= max) {
        return value;
      }
    }
    throw expected(p, "a number (" + type + ", from " + min + " to " + max + ")");
  }

  private static int nextInt(JsonParser p, String what) throws IOException {
    p.nextToken();
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == NumberType.INT) {
      return p.getIntValue();
    }
    throw expected(p, "a number in " + what);
  }

  private static Double nonFinite(String text) {
    switch (text) {
      case "NaN":
        return Double.NaN;
      case "Infinity":
      case "+Infinity":
        return Double.POSITIVE_INFINITY;
      case "-Infinity":
        return Double.NEGATIVE_INFINITY;
      default:
        return null;
    }
  }

  private static int nanos(BigDecimal seconds, BigDecimal whole) {
    return seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.DOWN).intValueExact();
  }
}
