package io.tidings.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.util.Utf8;
import org.junit.jupiter.api.Test;

/** {@link AvroArrayDecoder} reads what Avro's {@code BinaryDecoder} reads and fails where it must. */
class AvroArrayDecoderTest {

  /** Reads back what {@link AvroArrayEncoderTest#writeEverything} wrote, as a list of values. */
  private static List<Object> readEverything(Decoder d) throws IOException {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      values.add(d.readInt());
    }
    for (int i = 0; i < 8; i++) {
      values.add(d.readLong());
    }
    values.add(d.readBoolean());
    values.add(d.readBoolean());
    values.add(d.readFloat());
    values.add(d.readFloat());
    values.add(d.readDouble());
    values.add(d.readDouble());
    values.add(d.readString());
    values.add(d.readString());
    values.add(d.readString());
    values.add(d.readString(null).toString());
    values.add(ByteBuffer.wrap(bytes(d.readBytes(null))));
    values.add(ByteBuffer.wrap(bytes(d.readBytes(ByteBuffer.allocate(64)))));
    byte[] fixed = new byte[7];
    d.readFixed(fixed, 0, 7);
    values.add(ByteBuffer.wrap(fixed));
    d.readNull();
    values.add(d.readEnum());
    values.add(d.readIndex());
    for (long n = d.readArrayStart(); n > 0; n = d.arrayNext()) {
      for (long i = 0; i < n; i++) {
        values.add(d.readString(new Utf8()).toString());
      }
    }
    values.add(d.readMapStart());
    return values;
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }

  @Test
  void readsWhatAvrosBinaryDecoderReads() throws IOException {
    for (long seed = 0; seed < 20; seed++) {
      byte[] bytes = AvroArrayEncoderTest.avro(seed);
      AvroArrayDecoder decoder = new AvroArrayDecoder(bytes);

      List<Object> read = readEverything(decoder);

      assertEquals(readEverything(DecoderFactory.get().binaryDecoder(bytes, null)), read, "seed " + seed);
      assertTrue(decoder.isEnd());
    }
  }

  @Test
  void everyTruncationIsAnEndOfFile() throws IOException {
    byte[] bytes = AvroArrayEncoderTest.avro(1);
    for (int length = 0; length < bytes.length; length++) {
      byte[] prefix = java.util.Arrays.copyOf(bytes, length);
      assertThrows(EOFException.class, () -> readEverything(new AvroArrayDecoder(prefix)), "prefix of " + length);
    }
  }

  @Test
  void malformedNumbersAndLengthsAreRejected() {
    byte[] tooLongInt = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0};
    assertThrows(IOException.class, () -> new AvroArrayDecoder(tooLongInt).readInt());
    byte[] tooLongLong = new byte[11];
    java.util.Arrays.fill(tooLongLong, 0, 10, (byte) 0x80);
    assertThrows(IOException.class, () -> new AvroArrayDecoder(tooLongLong).readLong());
    byte[] negativeLength = {1, 'x'}; // zig-zag 1 = -1
    assertThrows(IOException.class, () -> new AvroArrayDecoder(negativeLength).skipBytes());
    assertThrows(RuntimeException.class, () -> new AvroArrayDecoder(negativeLength).readString());
  }

  @Test
  void skipsBlocksThatCarryTheirSize() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder e = EncoderFactory.get().binaryEncoder(out, null);
    e.writeLong(-2); // a block of 2 items ...
    e.writeLong(4); // ... of 4 bytes
    e.writeString("a");
    e.writeString("b");
    e.writeLong(1); // a block of 1 item without its size
    e.writeString("c");
    e.writeLong(0);
    e.writeInt(42);
    e.flush();
    byte[] bytes = out.toByteArray();

    AvroArrayDecoder skipping = new AvroArrayDecoder(bytes);
    assertEquals(1, skipping.skipArray());
    skipping.skipString();
    assertEquals(0, skipping.skipArray());
    assertEquals(42, skipping.readInt());
    assertTrue(skipping.isEnd());

    AvroArrayDecoder reading = new AvroArrayDecoder(bytes);
    List<String> items = new ArrayList<>();
    for (long n = reading.readArrayStart(); n > 0; n = reading.arrayNext()) {
      for (long i = 0; i < n; i++) {
        items.add(reading.readString());
      }
    }
    assertEquals(List.of("a", "b", "c"), items);
    assertEquals(42, reading.readInt());
  }

  @Test
  void skipsStringsBytesAndFixed() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder e = EncoderFactory.get().binaryEncoder(out, null);
    e.writeString("skip me");
    e.writeBytes(new byte[] {1, 2, 3});
    e.writeFixed(new byte[] {4, 5});
    e.writeBoolean(true);
    e.flush();

    AvroArrayDecoder decoder = new AvroArrayDecoder(out.toByteArray());
    decoder.skipString();
    decoder.skipBytes();
    decoder.skipFixed(2);
    assertEquals(true, decoder.readBoolean());
    assertTrue(decoder.isEnd());
  }
}
