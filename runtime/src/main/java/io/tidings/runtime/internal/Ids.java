package io.tidings.runtime.internal;

import java.util.concurrent.ThreadLocalRandom;

/** Correlation ids: 32 random hex digits, cheap to make (no SecureRandom, no lock). */
public final class Ids {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Ids() {}

  /** A new random id of 128 bits as 32 lower-case hex digits. */
  public static String random() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] id = new char[32];
    write(random.nextLong(), id, 0);
    write(random.nextLong(), id, 16);
    return new String(id);
  }

  /** The same kind of id as {@link #random()}, as its 32 ASCII bytes (what a header carries). */
  public static byte[] randomAscii() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    byte[] id = new byte[32];
    write(random.nextLong(), id, 0);
    write(random.nextLong(), id, 16);
    return id;
  }

  private static void write(long bits, byte[] into, int at) {
    for (int i = 15; i >= 0; i--) {
      into[at + i] = (byte) HEX[(int) (bits & 0xF)];
      bits >>>= 4;
    }
  }

  private static void write(long bits, char[] into, int at) {
    for (int i = 15; i >= 0; i--) {
      into[at + i] = HEX[(int) (bits & 0xF)];
      bits >>>= 4;
    }
  }
}
