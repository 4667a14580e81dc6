package io.tidings.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Random;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.util.Utf8;
import org.junit.jupiter.api.Test;

/** {@link AvroArrayEncoder} writes exactly the bytes of Avro's own binary encoder. */
class AvroArrayEncoderTest {

  /** Writes a mix of every kind of value, extremes included, to {@code e}. */
  static void writeEverything(Encoder e, long seed) throws IOException {
    Random random = new Random(seed);
    for (int n : new int[] {0, 1, -1, 63, 64, -64, -65, 8191, 8192, Integer.MAX_VALUE, Integer.MIN_VALUE, random.nextInt()}) {
      e.writeInt(n);
    }
    for (long n : new long[] {0, 1, -1, 1L << 35, -(1L << 35), Long.MAX_VALUE, Long.MIN_VALUE, random.nextLong()}) {
      e.writeLong(n);
    }
    e.writeBoolean(true);
    e.writeBoolean(false);
    e.writeFloat(Float.NaN);
    e.writeFloat(-0.5f);
    e.writeDouble(Double.NEGATIVE_INFINITY);
    e.writeDouble(random.nextDouble());
    e.writeString("");
    e.writeString("ascii only");
    e.writeString("ünïcødé ✓ and a surrogate pair 😀");
    e.writeString(new Utf8("utf8"));
    byte[] bytes = new byte[300];
    random.nextBytes(bytes);
    e.writeBytes(bytes);
    e.writeBytes(ByteBuffer.wrap(bytes, 10, 20));
    e.writeFixed(bytes, 5, 7);
    e.writeNull();
    e.writeEnum(3);
    e.writeIndex(1);
    e.writeArrayStart();
    e.setItemCount(2);
    e.startItem();
    e.writeString("a");
    e.startItem();
    e.writeString("b");
    e.writeArrayEnd();
    e.writeMapStart();
    e.setItemCount(0);
    e.writeMapEnd();
  }

  static byte[] avro(long seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder e = EncoderFactory.get().binaryEncoder(out, null);
    writeEverything(e, seed);
    e.flush();
    return out.toByteArray();
  }

  @Test
  void writesWhatAvrosBinaryEncoderWrites() throws IOException {
    AvroArrayEncoder encoder = new AvroArrayEncoder(4, 1024);
    for (long seed = 0; seed < 20; seed++) {
      encoder.reset();
      writeEverything(encoder, seed);
      assertArrayEquals(avro(seed), encoder.toByteArray(), "seed " + seed);
      assertEquals(avro(seed).length, encoder.bytesBuffered());
    }
  }

  @Test
  void resetForgetsTheLastValueAndDropsAnArrayGrownBeyondTheRetainedSize() throws IOException {
    AvroArrayEncoder encoder = new AvroArrayEncoder(16, 64);
    encoder.writeFixed(new byte[200], 0, 200);
    assertEquals(true, encoder.capacity() >= 200);

    encoder.reset();
    encoder.writeString("x");

    assertArrayEquals(new byte[] {2, 'x'}, encoder.toByteArray());
    assertEquals(16, encoder.capacity());
  }

  @Test
  void keepsAnArrayWithinTheRetainedSize() throws IOException {
    AvroArrayEncoder encoder = new AvroArrayEncoder(16, 64);
    encoder.writeString("a string of forty bytes, more than 16 ..");
    int grown = encoder.capacity();

    encoder.reset();

    assertEquals(true, grown > 16 && grown <= 64, "grown to " + grown);
    assertEquals(grown, encoder.capacity());
    assertArrayEquals(new byte[0], encoder.toByteArray());
  }
}
