package io.tidings.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/**
 * {@link AvroCodec} and {@link Avro} through a codec written the way the processor generates one:
 * the current version reads directly, a recorded earlier version by resolution, an unknown or
 * malformed fingerprint and bytes that do not fit the schema are {@link DecodeException}s naming the
 * type.
 */
class AvroCodecTest {
  record Point(int x, String label, Optional<Long> z) {}

  static final String V1 =
      "{\"type\":\"record\",\"name\":\"Point\",\"namespace\":\"t\",\"fields\":["
          + "{\"name\":\"x\",\"type\":\"int\"},{\"name\":\"label\",\"type\":\"string\"},"
          + "{\"name\":\"gone\",\"type\":\"double\"}]}";
  static final String V2 =
      "{\"type\":\"record\",\"name\":\"Point\",\"namespace\":\"t\",\"fields\":["
          + "{\"name\":\"x\",\"type\":\"int\"},{\"name\":\"label\",\"type\":\"string\"},"
          + "{\"name\":\"z\",\"type\":[\"null\",\"long\"],\"default\":null}]}";

  /** As generated. */
  static final class PointCodec extends AvroCodec<Point> {
    static final PointCodec INSTANCE = new PointCodec();

    private PointCodec() {
      super(Point.class, V2, List.of(V1, V2));
    }

    @Override
    protected void writeObject(Encoder e, Point value) throws IOException {
      Avro.writeInt(e, value.x());
      Avro.writeString(e, Avro.present(value.label(), "Point.label"));
      Avro.writeOptional(e, value.z(), Avro::writeLong);
    }

    @Override
    protected Point readObject(Decoder d) throws IOException {
      int x = 0;
      String label = null;
      Optional<Long> z = null;
      Schema.Field[] order = Avro.fieldOrder(d);
      for (int i = 0; i < 3; i++) {
        switch (order == null ? i : order[i].pos()) {
          case 0 -> x = Avro.readInt(d);
          case 1 -> label = Avro.readString(d);
          case 2 -> z = Avro.readOptional(d, Avro::readLong);
          default -> throw new IllegalStateException();
        }
      }
      return new Point(x, label, z);
    }
  }

  private static final PointCodec CODEC = PointCodec.INSTANCE;

  private static Delivery delivery(byte[] value, String fingerprint) {
    List<RecordHeader> headers = new ArrayList<>();
    headers.add(RecordHeader.utf8(StandardHeaders.EVENT_TYPE, "Point"));
    if (fingerprint != null) {
      headers.add(RecordHeader.utf8(StandardHeaders.SCHEMA_FINGERPRINT, fingerprint));
    }
    return new Delivery("g", "points", 0, 0, 0, null, value, headers);
  }

  private static byte[] writeGeneric(Schema schema, GenericRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  @Test
  void roundTripsAndWritesWhatAvroWrites() throws IOException {
    Point point = new Point(-3, "p\u00e9", Optional.of(Long.MIN_VALUE));
    byte[] bytes = CODEC.encode(point);
    assertEquals(point, CODEC.decode(bytes));
    assertEquals(point, CODEC.decode(bytes, delivery(bytes, AvroCodec.hex(CODEC.fingerprint()))));
    GenericRecord generic = new GenericData.Record(CODEC.schema());
    generic.put("x", -3);
    generic.put("label", "p\u00e9");
    generic.put("z", Long.MIN_VALUE);
    assertArrayEquals(writeGeneric(CODEC.schema(), generic), bytes);
  }

  @Test
  void theHeaderNamesTheCurrentSchemasFingerprint() {
    assertEquals(StandardHeaders.SCHEMA_FINGERPRINT, CODEC.schemaHeader().name());
    assertEquals(
        AvroCodec.hex(SchemaNormalization.parsingFingerprint64(new Schema.Parser().parse(V2))),
        CODEC.schemaHeader().stringValue());
    assertEquals("00000000000000ff", AvroCodec.hex(255));
    assertEquals("ffffffffffffffff", AvroCodec.hex(-1));
  }

  @Test
  void aRecordOfARecordedEarlierVersionIsResolved() throws IOException {
    Schema v1 = new Schema.Parser().parse(V1);
    GenericRecord old = new GenericData.Record(v1);
    old.put("x", 7);
    old.put("label", "old");
    old.put("gone", 2.5);
    byte[] bytes = writeGeneric(v1, old);
    String fingerprint = AvroCodec.hex(SchemaNormalization.parsingFingerprint64(v1));
    assertTrue(CODEC.reads(SchemaNormalization.parsingFingerprint64(v1)));
    for (int i = 0; i < 3; i++) { // the resolving decoder is reused
      assertEquals(new Point(7, "old", Optional.empty()), CODEC.decode(bytes, delivery(bytes, fingerprint)));
    }
  }

  @Test
  void anUnknownFingerprintIsADecodeException() {
    byte[] bytes = CODEC.encode(new Point(1, "a", Optional.empty()));
    assertFalse(CODEC.reads(42));
    DecodeException e = assertThrows(DecodeException.class, () -> CODEC.decode(bytes, delivery(bytes, "000000000000002a")));
    assertTrue(e.getMessage().startsWith("AvroCodecTest.Point: the record was written with schema 000000000000002a, which is neither"
        + " the current schema"), e.getMessage());
    DecodeException malformed = assertThrows(DecodeException.class, () -> CODEC.decode(bytes, delivery(bytes, "xyz")));
    assertEquals(
        "AvroCodecTest.Point: the header tidings-schema is \"xyz\", not a schema fingerprint (16 hex digits)", malformed.getMessage());
  }

  @Test
  void bytesThatDoNotFitAreDecodeExceptions() {
    byte[] bytes = CODEC.encode(new Point(1, "abc", Optional.of(5L)));
    DecodeException truncated =
        assertThrows(DecodeException.class, () -> CODEC.decode(java.util.Arrays.copyOf(bytes, 3)));
    assertTrue(truncated.getMessage().startsWith("AvroCodecTest.Point: the value ends too early (3 bytes)"), truncated.getMessage());
    byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 2);
    DecodeException trailing = assertThrows(DecodeException.class, () -> CODEC.decode(longer));
    assertTrue(trailing.getMessage().startsWith("AvroCodecTest.Point: bytes remain after the record"), trailing.getMessage());
    DecodeException none = assertThrows(DecodeException.class, () -> CODEC.decode(null));
    assertTrue(none.getMessage().contains("null bytes"), none.getMessage());
    byte[] badUnion = CODEC.encode(new Point(1, "abc", Optional.of(5L)));
    badUnion[5] = 4; // union branch 2 of ["null","long"]
    DecodeException branch = assertThrows(DecodeException.class, () -> CODEC.decode(badUnion));
    assertTrue(branch.getMessage().contains("AvroCodecTest.Point: expected union branch 0 (null) or 1, found 2"), branch.getMessage());
  }

  @Test
  void encodingNamesTheMissingField() {
    NullPointerException none = assertThrows(NullPointerException.class, () -> CODEC.encode(null));
    assertEquals("cannot encode a null AvroCodecTest.Point: publish a value", none.getMessage());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CODEC.encode(new Point(1, null, Optional.empty())));
    assertTrue(e.getMessage().contains("Point.label is null, but its Avro schema does not allow null"), e.getMessage());
  }

  @Test
  void concurrentUseIsSafe() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          for (int i = 0; i < 2_000; i++) {
            Point point = new Point(thread * 10_000 + i, "t" + thread, Optional.of((long) i));
            if (!point.equals(CODEC.decode(CODEC.encode(point)))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void decodingErrorsNameTheFieldPath() {
    Schema inner = new Schema.Parser().parse(
        "{\"type\":\"record\",\"name\":\"Inner\",\"fields\":[{\"name\":\"small\",\"type\":\"int\"}]}");
    Schema outer = new Schema.Parser().parse(
        "{\"type\":\"record\",\"name\":\"Outer\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"},"
            + "{\"name\":\"venue\",\"type\":\"Inner\"}]}".replace("\"Inner\"}]}", inner.toString() + "}]}"));
    DecodeException nested =
        Avro.inField(Avro.inField(new DecodeException("expected a short, found the int 40000"), inner, 0), outer, 1);
    assertEquals("venue.small: expected a short, found the int 40000", nested.getMessage());
    assertEquals("#7: boom", Avro.inField(new DecodeException("boom"), inner, 7).getMessage());
  }

  // ------------------------------------------------------------------------ helpers of Avro

  private static Decoder decoderOf(Avro.Writer<Void> writer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder e = EncoderFactory.get().binaryEncoder(out, null);
    writer.write(e, null);
    e.flush();
    return DecoderFactory.get().binaryDecoder(out.toByteArray(), null);
  }

  @Test
  void narrowNumbersAreRangeChecked() throws IOException {
    assertEquals((short) -5, Avro.readShort(decoderOf((e, v) -> e.writeInt(-5))));
    DecodeException shortError = assertThrows(DecodeException.class, () -> Avro.readShort(decoderOf((e, v) -> e.writeInt(40_000))));
    assertEquals("expected a short, found the int 40000", shortError.getMessage());
    assertThrows(DecodeException.class, () -> Avro.readByte(decoderOf((e, v) -> e.writeInt(200))));
    assertThrows(DecodeException.class, () -> Avro.readChar(decoderOf((e, v) -> e.writeInt(-1))));
    assertEquals('\uffff', Avro.readChar(decoderOf((e, v) -> Avro.writeChar(e, '\uffff'))));
  }

  enum Color { RED, GREEN }

  @Test
  void enumIndexesAndUuidsAreChecked() throws IOException {
    assertEquals(Color.GREEN, Avro.readEnum(decoderOf((e, v) -> Avro.writeEnum(e, Color.GREEN)), Color.values()));
    DecodeException e = assertThrows(DecodeException.class, () -> Avro.readEnum(decoderOf((en, v) -> en.writeEnum(5)), Color.values()));
    assertEquals("expected one of 2 enum symbols, found index 5", e.getMessage());
    UUID id = UUID.randomUUID();
    assertEquals(id, Avro.readUuid(decoderOf((en, v) -> Avro.writeUuid(en, id))));
    DecodeException uuid = assertThrows(DecodeException.class, () -> Avro.readUuid(decoderOf((en, v) -> en.writeString("nope"))));
    assertEquals("expected a UUID, found \"nope\"", uuid.getMessage());
  }

  @Test
  void timesKeepMicrosecondsOnBothSidesOfTheEpoch() throws IOException {
    for (Instant instant : List.of(
        Instant.parse("1969-12-31T23:59:59.999999Z"),
        Instant.parse("0001-01-01T00:00:00Z"),
        Instant.parse("9999-12-31T23:59:59.999999Z"),
        Instant.EPOCH)) {
      assertEquals(instant, Avro.readInstant(decoderOf((e, v) -> Avro.writeInstant(e, instant))));
    }
    Instant nanos = Instant.parse("2024-01-01T00:00:00.123456789Z");
    assertEquals(Instant.parse("2024-01-01T00:00:00.123456Z"), Avro.readInstant(decoderOf((e, v) -> Avro.writeInstant(e, nanos))));
    LocalDateTime local = LocalDateTime.parse("1900-02-03T04:05:06.000007");
    assertEquals(local, Avro.readLocalDateTime(decoderOf((e, v) -> Avro.writeLocalDateTime(e, local))));
    LocalDate day = LocalDate.parse("1812-06-24");
    assertEquals(day, Avro.readLocalDate(decoderOf((e, v) -> Avro.writeLocalDate(e, day))));
  }

  @Test
  void decimalsAreRescaledButNeverRounded() throws IOException {
    assertEquals(new BigDecimal("12.30"), Avro.readDecimal(decoderOf((e, v) -> Avro.writeDecimal(e, new BigDecimal("12.3"), 4, 2)), 2));
    assertEquals(new BigDecimal("-0.01"), Avro.readDecimal(decoderOf((e, v) -> Avro.writeDecimal(e, new BigDecimal("-0.01"), 4, 2)), 2));
    IllegalArgumentException rounding = assertThrows(IllegalArgumentException.class,
        () -> decoderOf((e, v) -> Avro.writeDecimal(e, new BigDecimal("1.234"), 4, 2)));
    assertEquals("1.234 has more than 2 digits after the point, the scale of its @Decimal", rounding.getMessage());
    IllegalArgumentException precision = assertThrows(IllegalArgumentException.class,
        () -> decoderOf((e, v) -> Avro.writeDecimal(e, new BigDecimal("123.4"), 4, 2)));
    assertEquals("123.4 has more than 4 digits, the precision of its @Decimal", precision.getMessage());
    assertThrows(DecodeException.class, () -> Avro.readDecimal(decoderOf((e, v) -> e.writeBytes(new byte[0])), 2));
  }
}
