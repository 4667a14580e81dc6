package io.tidings.runtime.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.avro.io.BinaryData;
import org.apache.avro.io.BinaryEncoder;

/**
 * Avro's binary encoding written straight into a growable byte array, for {@link AvroCodec#encode}.
 * Avro's own encoders write to an {@code OutputStream}: the direct one makes a stream call per value
 * (a {@code ByteArrayOutputStream}'s are synchronized), the buffered one copies its buffer to the
 * stream, which copies again into the result. This one encodes each value with Avro's {@link
 * BinaryData} helpers into its array and copies once, into the result; the bytes are the same.
 *
 * <p>Not thread-safe: {@link AvroCodec} keeps one per thread. {@link #reset} drops an array that an
 * unusually large record grew beyond {@code retainedCapacity}, so a thread does not hold on to it.
 */
final class AvroArrayEncoder extends BinaryEncoder {
  private static final int MAX_INT_BYTES = 5;
  private static final int MAX_LONG_BYTES = 10;

  private final int initialCapacity;
  private final int retainedCapacity;
  private byte[] buffer;
  private int position;

  /**
   * Creates an encoder with an array of {@code initialCapacity} bytes, kept across {@link #reset}s
   * while it stays at most {@code retainedCapacity} bytes.
   */
  AvroArrayEncoder(int initialCapacity, int retainedCapacity) {
    this.initialCapacity = initialCapacity;
    this.retainedCapacity = retainedCapacity;
    this.buffer = new byte[initialCapacity];
  }

  /** Starts a new value: forgets the bytes written so far. */
  void reset() {
    position = 0;
    if (buffer.length > retainedCapacity) {
      buffer = new byte[initialCapacity];
    }
  }

  /** A copy of the bytes written since the last {@link #reset}. */
  byte[] toByteArray() {
    return Arrays.copyOf(buffer, position);
  }

  /** The length of the array this encoder holds now (for tests). */
  int capacity() {
    return buffer.length;
  }

  private void ensure(int bytes) {
    if (buffer.length - position < bytes) {
      buffer = Arrays.copyOf(buffer, Math.max(Math.addExact(position, bytes), buffer.length * 2));
    }
  }

  @Override
  public void writeBoolean(boolean b) {
    ensure(1);
    position += BinaryData.encodeBoolean(b, buffer, position);
  }

  @Override
  public void writeInt(int n) {
    ensure(MAX_INT_BYTES);
    position += BinaryData.encodeInt(n, buffer, position);
  }

  @Override
  public void writeLong(long n) {
    ensure(MAX_LONG_BYTES);
    position += BinaryData.encodeLong(n, buffer, position);
  }

  @Override
  public void writeFloat(float f) {
    ensure(Float.BYTES);
    position += BinaryData.encodeFloat(f, buffer, position);
  }

  @Override
  public void writeDouble(double d) {
    ensure(Double.BYTES);
    position += BinaryData.encodeDouble(d, buffer, position);
  }

  /**
   * Writes a string's length and UTF-8 bytes. Avro's own {@code writeString} copies a short string
   * char by char to find out whether it is ASCII; {@link String#getBytes} does that check and copy
   * with the JDK's vectorized intrinsics.
   */
  @Override
  public void writeString(String string) {
    byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
    writeInt(utf8.length);
    writeFixed(utf8, 0, utf8.length);
  }

  @Override
  public void writeFixed(byte[] bytes, int start, int len) {
    ensure(len);
    System.arraycopy(bytes, start, buffer, position, len);
    position += len;
  }

  @Override
  protected void writeZero() {
    ensure(1);
    buffer[position++] = 0;
  }

  /** Every byte written since the last {@link #reset} is still in the array. */
  @Override
  public int bytesBuffered() {
    return position;
  }

  /** Nothing to flush: the bytes stay in the array until {@link #toByteArray}. */
  @Override
  public void flush() {}
}
