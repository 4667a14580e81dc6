package io.tidings.runtime.codec;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.avro.SystemLimitException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.Decoder;
import org.apache.avro.util.Utf8;

/**
 * Reads Avro's binary encoding straight from one byte array, for {@link AvroCodec#decode}: what
 * Avro's {@link BinaryDecoder} reads, without its buffer refills (every value first checks that a
 * refill is not needed) and with strings made straight from the array instead of through a {@link
 * Utf8} copy. Checks what {@code BinaryDecoder} checks: malformed variable-length numbers, negative
 * lengths, Avro's {@link SystemLimitException} limits on string, bytes and collection lengths;
 * reading past the end is an {@link EOFException}.
 *
 * <p>One per decoded value; not thread-safe.
 */
final class AvroArrayDecoder extends Decoder {
  private final byte[] bytes;
  private final int limit;
  private int position;
  private long collectionCount;

  /** A decoder of the whole of {@code bytes}. */
  AvroArrayDecoder(byte[] bytes) {
    this.bytes = bytes;
    this.limit = bytes.length;
  }

  /** Whether every byte has been read. */
  boolean isEnd() {
    return position == limit;
  }

  private int need(long length) throws IOException {
    if (length < 0) {
      throw new IOException("Malformed data: length is negative: " + length);
    }
    if (length > limit - position) {
      throw new EOFException();
    }
    return (int) length;
  }

  @Override
  public void readNull() {}

  @Override
  public boolean readBoolean() throws IOException {
    if (position == limit) {
      throw new EOFException();
    }
    return bytes[position++] == 1;
  }

  @Override
  public int readInt() throws IOException {
    int shift = 0;
    int raw = 0;
    for (int i = 0; i < 5; i++) {
      if (position == limit) {
        throw new EOFException();
      }
      int b = bytes[position++] & 0xff;
      raw |= (b & 0x7f) << shift;
      if (b < 0x80) {
        return (raw >>> 1) ^ -(raw & 1);
      }
      shift += 7;
    }
    throw new IOException("Invalid int encoding");
  }

  @Override
  public long readLong() throws IOException {
    int shift = 0;
    long raw = 0;
    for (int i = 0; i < 10; i++) {
      if (position == limit) {
        throw new EOFException();
      }
      long b = bytes[position++] & 0xff;
      raw |= (b & 0x7f) << shift;
      if (b < 0x80) {
        return (raw >>> 1) ^ -(raw & 1);
      }
      shift += 7;
    }
    throw new IOException("Invalid long encoding");
  }

  private int littleEndianInt() throws IOException {
    int at = position;
    need(Integer.BYTES);
    position += Integer.BYTES;
    return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16 | (bytes[at + 3] & 0xff) << 24;
  }

  @Override
  public float readFloat() throws IOException {
    return Float.intBitsToFloat(littleEndianInt());
  }

  @Override
  public double readDouble() throws IOException {
    long low = littleEndianInt() & 0xffffffffL;
    long high = littleEndianInt() & 0xffffffffL;
    return Double.longBitsToDouble(high << 32 | low);
  }

  @Override
  public String readString() throws IOException {
    int length = need(SystemLimitException.checkMaxStringLength(readLong()));
    String value = new String(bytes, position, length, StandardCharsets.UTF_8);
    position += length;
    return value;
  }

  @Override
  public Utf8 readString(Utf8 old) throws IOException {
    int length = need(SystemLimitException.checkMaxStringLength(readLong()));
    Utf8 value = old != null ? old : new Utf8();
    value.setByteLength(length);
    System.arraycopy(bytes, position, value.getBytes(), 0, length);
    position += length;
    return value;
  }

  @Override
  public void skipString() throws IOException {
    skip(readLong());
  }

  /** Skips {@code length} bytes (read first: {@code position += need(readLong())} would lose the read). */
  private void skip(long length) throws IOException {
    int bytes = need(length);
    position += bytes;
  }

  @Override
  public ByteBuffer readBytes(ByteBuffer old) throws IOException {
    int length = need(SystemLimitException.checkMaxBytesLength(readLong()));
    ByteBuffer value;
    if (old != null && length <= old.capacity()) {
      value = old;
      value.clear();
    } else {
      value = ByteBuffer.allocate(length);
    }
    System.arraycopy(bytes, position, value.array(), value.arrayOffset() + value.position(), length);
    position += length;
    value.limit(length);
    return value;
  }

  @Override
  public void skipBytes() throws IOException {
    skip(readLong());
  }

  @Override
  public void readFixed(byte[] target, int start, int length) throws IOException {
    need(length);
    System.arraycopy(bytes, position, target, start, length);
    position += length;
  }

  @Override
  public void skipFixed(int length) throws IOException {
    skip(length);
  }

  @Override
  public int readEnum() throws IOException {
    return readInt();
  }

  /** The item count of the next block; a negative count is followed by the block's size in bytes. */
  private long itemCount() throws IOException {
    long count = readLong();
    if (count < 0) {
      readLong();
      count = -count;
    }
    return count;
  }

  /** Skips blocks that carry their size; returns the item count of the first block that does not. */
  private long skipItems() throws IOException {
    long count = readLong();
    while (count < 0) {
      skip(readLong());
      count = readLong();
    }
    return count;
  }

  @Override
  public long readArrayStart() throws IOException {
    collectionCount = SystemLimitException.checkMaxCollectionLength(0L, itemCount());
    return collectionCount;
  }

  @Override
  public long arrayNext() throws IOException {
    long count = itemCount();
    collectionCount = SystemLimitException.checkMaxCollectionLength(collectionCount, count);
    return count;
  }

  @Override
  public long skipArray() throws IOException {
    return skipItems();
  }

  /** A map's blocks are encoded like an array's. */
  @Override
  public long readMapStart() throws IOException {
    return readArrayStart();
  }

  @Override
  public long mapNext() throws IOException {
    return arrayNext();
  }

  @Override
  public long skipMap() throws IOException {
    return skipItems();
  }

  @Override
  public int readIndex() throws IOException {
    return readInt();
  }
}
