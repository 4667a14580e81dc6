package io.tidings.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.RecordHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HeaderValuesTest {

  private static Delivery delivery(RecordHeader... headers) {
    return new Delivery("group", "topic", 0, 7L, 0L, null, new byte[0], List.of(headers));
  }

  private static Delivery with(String name, String value) {
    List<RecordHeader> headers = new ArrayList<>();
    headers.add(RecordHeader.utf8(name, value));
    return new Delivery("group", "topic", 0, 7L, 0L, null, new byte[0], headers);
  }

  @Test
  void everyPrimitiveAndBoxRoundTrips() {
    assertEquals(true, HeaderValues.decodeBoolean(with("h", HeaderValues.encode(true)), "h"));
    assertEquals(Boolean.FALSE, HeaderValues.decodeBooleanOrNull(with("h", HeaderValues.encode(Boolean.FALSE)), "h"));
    assertEquals((byte) -7, HeaderValues.decodeByte(with("h", HeaderValues.encode((byte) -7)), "h"));
    assertEquals(Byte.valueOf((byte) 3), HeaderValues.decodeByteOrNull(with("h", HeaderValues.encode(Byte.valueOf((byte) 3))), "h"));
    assertEquals((short) 300, HeaderValues.decodeShort(with("h", HeaderValues.encode((short) 300)), "h"));
    assertEquals(Short.valueOf((short) -2), HeaderValues.decodeShortOrNull(with("h", HeaderValues.encode(Short.valueOf((short) -2))), "h"));
    assertEquals('é', HeaderValues.decodeChar(with("h", HeaderValues.encode('é')), "h"));
    assertEquals(Character.valueOf('x'), HeaderValues.decodeCharOrNull(with("h", HeaderValues.encode(Character.valueOf('x'))), "h"));
    assertEquals(Integer.MIN_VALUE, HeaderValues.decodeInt(with("h", HeaderValues.encode(Integer.MIN_VALUE)), "h"));
    assertEquals(Integer.valueOf(42), HeaderValues.decodeIntOrNull(with("h", HeaderValues.encode(Integer.valueOf(42))), "h"));
    assertEquals(Long.MAX_VALUE, HeaderValues.decodeLong(with("h", HeaderValues.encode(Long.MAX_VALUE)), "h"));
    assertEquals(Long.valueOf(-1), HeaderValues.decodeLongOrNull(with("h", HeaderValues.encode(Long.valueOf(-1))), "h"));
    assertEquals(1.5f, HeaderValues.decodeFloat(with("h", HeaderValues.encode(1.5f)), "h"));
    assertEquals(Float.valueOf(Float.NaN), HeaderValues.decodeFloatOrNull(with("h", HeaderValues.encode(Float.valueOf(Float.NaN))), "h"));
    assertEquals(0.1d, HeaderValues.decodeDouble(with("h", HeaderValues.encode(0.1d)), "h"));
    assertEquals(Double.valueOf(-0.0), HeaderValues.decodeDoubleOrNull(with("h", HeaderValues.encode(Double.valueOf(-0.0))), "h"));
  }

  @Test
  void stringsEnumsAndUuidsRoundTrip() {
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertEquals("123e4567-e89b-12d3-a456-426614174000", HeaderValues.encode(id));
    assertEquals(id, HeaderValues.decodeUuid(with("id", HeaderValues.encode(id)), "id"));
    assertEquals("SECONDS", HeaderValues.encode(TimeUnit.SECONDS));
    assertEquals(TimeUnit.SECONDS, HeaderValues.decodeEnum(with("unit", "SECONDS"), "unit", TimeUnit.class));
    assertEquals("ünïcode, with spaces", HeaderValues.decodeString(with("s", HeaderValues.encode("ünïcode, with spaces")), "s"));
  }

  @Test
  void nullReferencesEncodeAsNullAndDecodeAsNull() {
    assertNull(HeaderValues.encode((Integer) null));
    assertNull(HeaderValues.encode((TimeUnit) null));
    assertNull(HeaderValues.encode((UUID) null));
    Delivery withoutValue = with("h", null);
    assertNull(HeaderValues.decodeIntOrNull(withoutValue, "h"));
    assertNull(HeaderValues.decodeString(withoutValue, "h"));
    assertNull(HeaderValues.decodeUuid(delivery(), "h"));
    assertNull(HeaderValues.decodeEnum(delivery(), "h", TimeUnit.class));
    assertNull(HeaderValues.decodeBooleanOrNull(delivery(), "h"));
  }

  @Test
  void theLastHeaderOfARepeatedNameWins() {
    Delivery delivery = delivery(RecordHeader.utf8("n", "1"), RecordHeader.utf8("n", "2"));
    assertEquals(2, HeaderValues.decodeInt(delivery, "n"));
  }

  @Test
  void aMissingHeaderForAPrimitiveNamesTheHeaderAndType() {
    DecodeException e = assertThrows(DecodeException.class, () -> HeaderValues.decodeLong(delivery(), "attempt"));
    assertTrue(e.getMessage().contains("header \"attempt\" is missing"), e.getMessage());
    assertTrue(e.getMessage().contains("expects a value of type long"), e.getMessage());
    DecodeException withoutValue = assertThrows(DecodeException.class, () -> HeaderValues.decodeBoolean(with("flag", null), "flag"));
    assertTrue(withoutValue.getMessage().contains("\"flag\" is missing"), withoutValue.getMessage());
  }

  @Test
  void unparsableTextNamesHeaderValueAndType() {
    DecodeException e = assertThrows(DecodeException.class, () -> HeaderValues.decodeInt(with("attempt", "three"), "attempt"));
    assertEquals("header \"attempt\" has the value \"three\", which is not a valid int", e.getMessage());
    assertThrows(DecodeException.class, () -> HeaderValues.decodeIntOrNull(with("a", "99999999999"), "a"));
    assertThrows(DecodeException.class, () -> HeaderValues.decodeByte(with("a", "200"), "a"));
    assertThrows(DecodeException.class, () -> HeaderValues.decodeBoolean(with("a", "yes"), "a"));
    assertThrows(DecodeException.class, () -> HeaderValues.decodeChar(with("a", "ab"), "a"));
    assertThrows(DecodeException.class, () -> HeaderValues.decodeDouble(with("a", "1,5"), "a"));
    DecodeException uuid = assertThrows(DecodeException.class, () -> HeaderValues.decodeUuid(with("id", "nope"), "id"));
    assertTrue(uuid.getMessage().contains("\"nope\", which is not a valid UUID"), uuid.getMessage());
    DecodeException unit = assertThrows(DecodeException.class, () -> HeaderValues.decodeEnum(with("unit", "WEEKS"), "unit", TimeUnit.class));
    assertTrue(unit.getMessage().contains("\"WEEKS\", which is not a constant of java.util.concurrent.TimeUnit"), unit.getMessage());
    assertTrue(unit.getMessage().contains("SECONDS"), unit.getMessage());
  }

  @Test
  void longValuesAreShortenedInMessages() {
    String text = "x".repeat(500);
    DecodeException e = assertThrows(DecodeException.class, () -> HeaderValues.decodeInt(with("n", text), "n"));
    assertTrue(e.getMessage().contains("(500 characters)"), e.getMessage());
    assertTrue(e.getMessage().length() < 200, e.getMessage());
  }
}
