package io.tidings.memory.internal;

/**
 * Kafka's default key partitioner, bit for bit: the 32-bit murmur2 hash of the key bytes (seed
 * {@code 0x9747b28c}), made positive by masking the sign bit, modulo the partition count. Records
 * with equal keys land in the same partition in memory and on a Kafka cluster. Stateless.
 */
public final class Murmur2 {
  private static final int SEED = 0x9747b28c;
  private static final int M = 0x5bd1e995;
  private static final int R = 24;

  private Murmur2() {}

  /** The murmur2 hash of {@code data}, as Kafka computes it. */
  public static int hash(byte[] data) {
    int length = data.length;
    int h = SEED ^ length;
    int blocks = length / 4;
    for (int i = 0; i < blocks; i++) {
      int at = i * 4;
      int k = (data[at] & 0xff)
          | (data[at + 1] & 0xff) << 8
          | (data[at + 2] & 0xff) << 16
          | (data[at + 3] & 0xff) << 24;
      k *= M;
      k ^= k >>> R;
      k *= M;
      h *= M;
      h ^= k;
    }
    int tail = length & ~3;
    switch (length % 4) {
      case 3:
        h ^= (data[tail + 2] & 0xff) << 16;
        h ^= (data[tail + 1] & 0xff) << 8;
        h ^= data[tail] & 0xff;
        h *= M;
        break;
      case 2:
        h ^= (data[tail + 1] & 0xff) << 8;
        h ^= data[tail] & 0xff;
        h *= M;
        break;
      case 1:
        h ^= data[tail] & 0xff;
        h *= M;
        break;
      default:
        break;
    }
    h ^= h >>> 13;
    h *= M;
    h ^= h >>> 15;
    return h;
  }

  /** The partition Kafka's default partitioner chooses for a non-null {@code key}. */
  public static int partition(byte[] key, int partitions) {
    return (hash(key) & 0x7fffffff) % partitions;
  }
}
