package io.tidings.runtime.codec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Encodes and decodes record keys the way Kafka's own serializers do, so that Tidings topics are
 * readable by any Kafka tool: {@code String} and {@code UUID} as UTF-8 text, {@code long} as 8 and
 * {@code int} as 4 big-endian bytes, {@code byte[]} unchanged. A {@code null} key stays {@code null}.
 * Called by generated publishers and dispatchers.
 */
public final class Keys {
  private Keys() {}

  /** A string key as UTF-8. */
  public static byte[] encode(String key) {
    return key == null ? null : key.getBytes(StandardCharsets.UTF_8);
  }

  /** A UUID key as its canonical text in UTF-8. */
  public static byte[] encode(UUID key) {
    return key == null ? null : encode(key.toString());
  }

  /** A long key as 8 big-endian bytes. */
  public static byte[] encode(long key) {
    return ByteBuffer.allocate(Long.BYTES).putLong(key).array();
  }

  /** A boxed long key; {@code null} stays {@code null}. */
  public static byte[] encode(Long key) {
    return key == null ? null : encode(key.longValue());
  }

  /** An int key as 4 big-endian bytes. */
  public static byte[] encode(int key) {
    return ByteBuffer.allocate(Integer.BYTES).putInt(key).array();
  }

  /** A boxed int key; {@code null} stays {@code null}. */
  public static byte[] encode(Integer key) {
    return key == null ? null : encode(key.intValue());
  }

  /** A byte-array key, unchanged. */
  public static byte[] encode(byte[] key) {
    return key;
  }

  /** Decodes a string key. */
  public static String decodeString(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  /** Decodes a UUID key. */
  public static UUID decodeUuid(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    String text = decodeString(bytes);
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new DecodeException("the key \"" + text + "\" is not a UUID", e);
    }
  }

  /** Decodes a boxed long key; {@code null} stays {@code null}. */
  public static Long decodeLongOrNull(byte[] bytes) {
    return bytes == null ? null : decodeLong(bytes);
  }

  /** Decodes a long key; a missing key is an error. */
  public static long decodeLong(byte[] bytes) {
    return ByteBuffer.wrap(check(bytes, Long.BYTES, "long")).getLong();
  }

  /** Decodes a boxed int key; {@code null} stays {@code null}. */
  public static Integer decodeIntOrNull(byte[] bytes) {
    return bytes == null ? null : decodeInt(bytes);
  }

  /** Decodes an int key; a missing key is an error. */
  public static int decodeInt(byte[] bytes) {
    return ByteBuffer.wrap(check(bytes, Integer.BYTES, "int")).getInt();
  }

  /** A byte-array key, unchanged. */
  public static byte[] decodeBytes(byte[] bytes) {
    return bytes;
  }

  /**
   * Decodes a key of any supported type, for tools that only know the type at run time (the
   * in-memory broker's typed views, dead-letter readers).
   *
   * @param keyType {@code String}, {@code UUID}, {@code Long}/{@code long}, {@code Integer}/{@code
   *     int} or {@code byte[]}; {@code null} (a topic without keys) returns the bytes unchanged
   */
  public static Object decode(Class<?> keyType, byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    if (keyType == null) {
      return bytes;
    }
    if (keyType == String.class) {
      return decodeString(bytes);
    } else if (keyType == UUID.class) {
      return decodeUuid(bytes);
    } else if (keyType == Long.class || keyType == long.class) {
      return decodeLong(bytes);
    } else if (keyType == Integer.class || keyType == int.class) {
      return decodeInt(bytes);
    } else if (keyType == byte[].class) {
      return bytes;
    }
    throw new IllegalArgumentException(
        keyType.getName() + " is not a key type: use String, UUID, long, int or byte[]");
  }

  private static byte[] check(byte[] bytes, int length, String type) {
    if (bytes == null) {
      throw new DecodeException("the record has no key, but the consumer expects a " + type + " key");
    }
    if (bytes.length != length) {
      throw new DecodeException(
          "the key has " + bytes.length + " bytes, but a " + type + " key has " + length
              + ": was it written by a producer with another key type?");
    }
    return bytes;
  }
}
