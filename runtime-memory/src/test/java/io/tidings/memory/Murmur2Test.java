package io.tidings.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidings.memory.internal.Murmur2;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The memory broker partitions exactly as Kafka does. The hashes are Kafka's own test vectors
 * (kafka-clients {@code UtilsTest.testMurmur2}); the partitions were computed with kafka-clients
 * 4.3.1's {@code Utils.toPositive(Utils.murmur2(key)) % partitions}.
 */
class Murmur2Test {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void hashesAsKafkaDoes() {
    assertEquals(-973932308, Murmur2.hash(utf8("21")));
    assertEquals(-790332482, Murmur2.hash(utf8("foobar")));
    assertEquals(-985981536, Murmur2.hash(utf8("a-little-bit-long-string")));
    assertEquals(-1486304829, Murmur2.hash(utf8("a-little-bit-longer-string")));
    assertEquals(-58897971, Murmur2.hash(utf8("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8")));
    assertEquals(479470107, Murmur2.hash(new byte[] {'a', 'b', 'c'}));
    assertEquals(275646681, Murmur2.hash(new byte[0]));
  }

  @Test
  void choosesTheSamePartitionsAsKafka() {
    assertEquals(2, Murmur2.partition(utf8("b-1"), 3));
    assertEquals(1, Murmur2.partition(utf8("booking-42"), 3));
    assertEquals(4, Murmur2.partition(utf8("21"), 8));
    assertEquals(6, Murmur2.partition(utf8("foobar"), 8));
    assertEquals(0, Murmur2.partition(utf8("k"), 8));
    assertEquals(5, Murmur2.partition(utf8("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8"), 8));
    // A long key, as Keys.encode(42L) writes it.
    assertEquals(4, Murmur2.partition(ByteBuffer.allocate(8).putLong(42L).array(), 6));
  }
}
