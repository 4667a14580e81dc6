package io.tidings.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The value helpers one by one: what they write, what they accept, and how they reject. */
class JsonTest {
  enum Color {
    RED,
    GREEN
  }

  // ------------------------------------------------------------------ numbers and booleans

  @Test
  void integersAreReadInTheirRangeOnly() throws IOException {
    assertEquals(42, read("42", Json::readInt));
    assertEquals(Integer.MIN_VALUE, read("-2147483648", Json::readInt));
    assertEquals(
        "$: expected a number (int), found 2147483648", error("2147483648", Json::readInt));
    assertEquals("$: expected a number (int), found 1.5", error("1.5", Json::readInt));
    assertEquals("$: expected a number (int), found \"42\"", error("\"42\"", Json::readInt));
    assertEquals("$: expected a number (int), found null", error("null", Json::readInt));
    assertNull(read("null", Json::readIntOrNull));
    assertEquals(Long.MAX_VALUE, read("9223372036854775807", Json::readLong));
    assertEquals(
        "$: expected a number (long), found 9223372036854775808",
        error("9223372036854775808", Json::readLong));
    assertEquals((byte) -128, read("-128", Json::readByte));
    assertEquals(
        "$: expected a number (byte, from -128 to 127), found 128", error("128", Json::readByte));
    assertEquals((short) 32767, read("32767", Json::readShort));
    assertEquals(
        "$: expected a number (short, from -32768 to 32767), found -32769",
        error("-32769", Json::readShort));
  }

  @Test
  void floatingPointKeepsNonFiniteValuesAsJacksonWritesThem() throws IOException {
    assertEquals("\"NaN\"", write(Double.NaN, Json::writeDouble));
    assertEquals("\"-Infinity\"", write(Float.NEGATIVE_INFINITY, Json::writeFloat));
    assertEquals(Double.NaN, read("\"NaN\"", Json::readDouble));
    assertEquals(Double.POSITIVE_INFINITY, read("\"Infinity\"", Json::readDouble));
    assertEquals(Float.NEGATIVE_INFINITY, read("\"-Infinity\"", Json::readFloat));
    assertEquals(-0.0, read(write(-0.0, Json::writeDouble), Json::readDouble));
    assertEquals(
        Double.MIN_VALUE, read(write(Double.MIN_VALUE, Json::writeDouble), Json::readDouble));
    assertEquals(3.0, read("3", Json::readDouble));
    assertEquals(
        "$: expected a number (double), found \"abc\"", error("\"abc\"", Json::readDouble));
    assertNull(read("null", Json::readFloatOrNull));
  }

  @Test
  void booleansAndCharacters() throws IOException {
    assertEquals(true, read("true", Json::readBoolean));
    assertEquals("$: expected true or false, found 1", error("1", Json::readBoolean));
    assertEquals("\"é\"", write('é', Json::writeChar));
    assertEquals('x', read("\"x\"", Json::readChar));
    assertEquals("$: expected a single character, found \"xy\"", error("\"xy\"", Json::readChar));
    assertEquals("$: expected a single character, found \"\"", error("\"\"", Json::readChar));
    assertNull(read("null", Json::readCharOrNull));
  }

  @Test
  void bigDecimalsKeepTheirScaleAsNumbersAndAsStrings() throws IOException {
    for (String text : List.of("1.50", "1E+3", "0.000", "-12345678901234567890.1234567890")) {
      BigDecimal value = new BigDecimal(text);
      assertEquals(text, write(value, Json::writeBigDecimal));
      BigDecimal back = read(write(value, Json::writeBigDecimal), Json::readBigDecimal);
      assertEquals(value, back);
      assertEquals(value.scale(), back.scale());
      assertEquals(value, read("\"" + text + "\"", Json::readBigDecimal));
    }
    assertEquals("$: expected a decimal number, found \"x\"", error("\"x\"", Json::readBigDecimal));
    assertEquals(
        new BigInteger("-123456789012345678901234567890"),
        read("-123456789012345678901234567890", Json::readBigInteger));
    assertEquals(BigInteger.TEN, read("\"10\"", Json::readBigInteger));
    assertEquals("$: expected a whole number, found 1.5", error("1.5", Json::readBigInteger));
  }

  // ------------------------------------------------------------------ text

  @Test
  void stringsUuidsBytesAndEnums() throws IOException {
    assertEquals("\"a\\\"b\"", write("a\"b", Json::writeString));
    assertEquals("null", write(null, Json::writeString));
    assertEquals("$: expected a string, found 5", error("5", Json::readString));
    UUID id = UUID.randomUUID();
    assertEquals(id, read(write(id, Json::writeUuid), Json::readUuid));
    assertTrue(error("\"1-1-1-1-1\"", Json::readUuid).startsWith("$: expected a UUID"));
    assertTrue(
        error("\"zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz\"", Json::readUuid)
            .startsWith("$: expected a UUID"));
    byte[] bytes = {0, 1, -1, 42};
    assertEquals("\"AAH/Kg==\"", write(bytes, Json::writeBytes));
    assertArrayEquals(bytes, read("\"AAH/Kg==\"", Json::readBytes));
    assertEquals("$: expected base64 text, found \"%%%\"", error("\"%%%\"", Json::readBytes));
    assertEquals("\"GREEN\"", write(Color.GREEN, Json::writeEnum));
    assertEquals(Color.RED, read("\"RED\"", p -> Json.readEnum(p, Color.class)));
    assertEquals(
        "$: expected one of Color's constants [RED, GREEN], found \"red\"",
        error("\"red\"", p -> Json.readEnum(p, Color.class)));
  }

  @Test
  void foundValuesAreShortenedAndEscapedInMessages() {
    String longText = "x".repeat(100);
    assertEquals(
        "$: expected a number (int), found \"" + "x".repeat(40) + "…\"",
        error("\"" + longText + "\"", Json::readInt));
    assertEquals(
        "$: expected a number (int), found \"a\\\"\\u0001\"",
        error("\"a\\\"\\u0001\"", Json::readInt));
    assertEquals("$: expected a number (int), found an object", error("{}", Json::readInt));
    assertEquals("$: expected a number (int), found an array", error("[]", Json::readInt));
  }

  // ------------------------------------------------------------------ java.time

  @Test
  void instantsAreWrittenAsIsoTextAndReadFromTextOrEpochSeconds() throws IOException {
    Instant instant = Instant.parse("2024-05-31T09:30:00.123456789Z");
    assertEquals("\"2024-05-31T09:30:00.123456789Z\"", write(instant, Json::writeInstant));
    assertEquals(instant, read("\"2024-05-31T09:30:00.123456789Z\"", Json::readInstant));
    assertEquals(instant, read("1717147800.123456789", Json::readInstant));
    assertEquals(Instant.ofEpochSecond(1717147800), read("1717147800", Json::readInstant));
    assertEquals(Instant.ofEpochSecond(-2, 500_000_000), read("-1.5", Json::readInstant));
    assertTrue(error("\"yesterday\"", Json::readInstant).startsWith("$: expected an instant"));
    assertTrue(error("true", Json::readInstant).startsWith("$: expected an instant"));
    assertTrue(error("1e30", Json::readInstant).startsWith("$: expected an instant"));
  }

  @Test
  void datesAreReadFromTextOrJacksonsArrays() throws IOException {
    LocalDate date = LocalDate.of(2024, 5, 31);
    assertEquals("\"2024-05-31\"", write(date, Json::writeLocalDate));
    assertEquals(date, read("[2024,5,31]", Json::readLocalDate));
    assertEquals(date, read("\"2024-05-31\"", Json::readLocalDate));
    assertTrue(error("[2024,13,1]", Json::readLocalDate).contains("expected a date"));
    assertTrue(error("[2024,5]", Json::readLocalDate).contains("expected a number in a date"));
    assertTrue(error("[2024,5,31,1]", Json::readLocalDate).contains("expected the end of"));

    LocalDateTime time = LocalDateTime.of(2024, 5, 31, 9, 30);
    assertEquals("\"2024-05-31T09:30\"", write(time, Json::writeLocalDateTime));
    assertEquals(time, read("[2024,5,31,9,30]", Json::readLocalDateTime));
    assertEquals(time.withSecond(7), read("[2024,5,31,9,30,7]", Json::readLocalDateTime));
    assertEquals(
        time.withSecond(7).withNano(5), read("[2024,5,31,9,30,7,5]", Json::readLocalDateTime));
    assertEquals(time, read("\"2024-05-31T09:30:00\"", Json::readLocalDateTime));
    assertTrue(error("[2024,5,31]", Json::readLocalDateTime).contains("at least [year, month"));
    assertTrue(error("[2024,5,31,9,30,7,5,1]", Json::readLocalDateTime).contains("the end of"));
  }

  @Test
  void offsetDateTimesKeepTheirOffsetAsTextAndAreUtcFromNumbers() throws IOException {
    OffsetDateTime time = OffsetDateTime.of(2024, 5, 31, 9, 30, 0, 0, ZoneOffset.ofHours(2));
    assertEquals("\"2024-05-31T09:30+02:00\"", write(time, Json::writeOffsetDateTime));
    assertEquals(time, read("\"2024-05-31T09:30:00+02:00\"", Json::readOffsetDateTime));
    assertEquals(
        time.withOffsetSameInstant(ZoneOffset.UTC),
        read(String.valueOf(time.toEpochSecond()), Json::readOffsetDateTime));
  }

  @Test
  void durationsAreIsoTextOrDecimalSeconds() throws IOException {
    Duration duration = Duration.ofMinutes(90);
    assertEquals("\"PT1H30M\"", write(duration, Json::writeDuration));
    assertEquals(duration, read("\"PT1H30M\"", Json::readDuration));
    assertEquals(duration, read("5400", Json::readDuration));
    assertEquals(Duration.ofMillis(1500), read("1.500000000", Json::readDuration));
    assertEquals(Duration.ofMillis(-500), read("-0.5", Json::readDuration));
    assertTrue(error("\"90 minutes\"", Json::readDuration).startsWith("$: expected a duration"));
  }

  // ------------------------------------------------------------------ containers

  @Test
  void listsSetsAndMapsKeepOrderAndGiveElementPathsInErrors() throws IOException {
    assertEquals(
        Arrays.asList(1, null, 3), read("[1,null,3]", p -> Json.readList(p, Json::readIntOrNull)));
    assertEquals(
        List.of("b", "a"),
        List.copyOf(read("[\"b\",\"a\",\"b\"]", p -> Json.readSet(p, Json::readString))));
    assertNull(read("null", p -> Json.readList(p, Json::readString)));
    assertEquals(
        "$[1]: expected a number (int), found \"x\"",
        error("[1,\"x\"]", p -> Json.readList(p, Json::readIntOrNull)));
    assertEquals(
        "$: expected an array, found an object",
        error("{}", p -> Json.readCollection(p, Json::readString)));
    Map<String, Integer> map = read("{\"z\":1,\"a\":2}", p -> Json.readMap(p, Json::readIntOrNull));
    assertEquals(List.of("z", "a"), List.copyOf(map.keySet()));
    assertEquals(
        "$.z: expected a number (int), found true",
        error("{\"z\":true}", p -> Json.readMap(p, Json::readIntOrNull)));
    assertEquals(
        "$[0][\"not plain\"][1]: expected a string, found 2",
        error(
            "[{\"not plain\":[\"a\",2]}]",
            p -> Json.readList(p, q -> Json.readMap(q, r -> Json.readList(r, Json::readString)))));

    Map<String, Integer> ordered = new LinkedHashMap<>();
    ordered.put("b", 2);
    ordered.put("a", null);
    assertEquals(
        "{\"b\":2,\"a\":null}",
        write(ordered, (g, v) -> Json.writeMap(g, v, Json::writeIntOrNull)));
    assertEquals(
        "[\"x\",null]",
        write(Arrays.asList("x", null), (g, v) -> Json.writeCollection(g, v, Json::writeString)));
    assertEquals(
        "null",
        write((List<String>) null, (g, v) -> Json.writeCollection(g, v, Json::writeString)));
  }

  @Test
  void aNullMapKeyIsRejectedWithItsPath() {
    Map<String, Integer> map = new HashMap<>();
    map.put(null, 1);
    JsonEncodeProblem problem =
        assertThrows(
            JsonEncodeProblem.class,
            () ->
                write(
                    Map.of("prices", map),
                    (g, v) ->
                        Json.writeMap(
                            g, v, (g2, inner) -> Json.writeMap(g2, inner, Json::writeIntOrNull))));
    assertEquals(".prices", problem.path());
    assertTrue(problem.problem().startsWith("the map has a null key"));
  }

  @Test
  void optionalsAreNullWhenEmpty() throws IOException {
    assertEquals(
        "null",
        write(Optional.<String>empty(), (g, v) -> Json.writeOptional(g, v, Json::writeString)));
    assertEquals(
        "null",
        write((Optional<String>) null, (g, v) -> Json.writeOptional(g, v, Json::writeString)));
    assertEquals(
        "\"a\"", write(Optional.of("a"), (g, v) -> Json.writeOptional(g, v, Json::writeString)));
    assertEquals(Optional.empty(), read("null", p -> Json.readOptional(p, Json::readString)));
    assertEquals(
        Optional.of(Set.of()),
        read("[]", p -> Json.readOptional(p, q -> Json.readSet(q, Json::readString))));
  }

  // ------------------------------------------------------------------ helpers

  private static <T> String write(T value, Json.Writer<T> writer) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
      writer.write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static <T> T read(String json, Json.Reader<T> reader) throws IOException {
    try (JsonParser p = Json.FACTORY.createParser(json)) {
      p.nextToken();
      T value = reader.read(p);
      assertNull(p.nextToken(), "the reader left tokens behind");
      return value;
    }
  }

  private static String error(String json, Json.Reader<?> reader) {
    return assertThrows(DecodeException.class, () -> read(json, reader)).getMessage();
  }
}
