package io.tidings.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Keys in messages: readable when printable, hex otherwise, always bounded. */
class BytesTest {

  @Test
  void printableUtf8IsQuoted() {
    assertEquals("\"b-1\"", Bytes.render("b-1".getBytes(StandardCharsets.UTF_8)));
    assertEquals("\"Zürich\"", Bytes.render("Zürich".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void binaryAndControlCharactersAreHex() {
    assertEquals("0x000000000000002a (8 bytes)", Bytes.render(new byte[] {0, 0, 0, 0, 0, 0, 0, 42}));
    assertEquals("0x610a (2 bytes)", Bytes.render("a\n".getBytes(StandardCharsets.UTF_8)), "no line breaks in logs");
    assertEquals("0xc3 (1 byte)", Bytes.render(new byte[] {(byte) 0xc3}), "malformed UTF-8");
    assertEquals("0x2261 (2 bytes)", Bytes.render("\"a".getBytes(StandardCharsets.UTF_8)), "quotes cannot fake the end");
  }

  @Test
  void longKeysAreCut() {
    assertEquals("\"" + "k".repeat(64) + "…\" (100 bytes)", Bytes.render("k".repeat(100).getBytes(StandardCharsets.UTF_8)));
    assertEquals("0x" + "ff".repeat(32) + "… (40 bytes)", Bytes.render(filled(40)));
  }

  @Test
  void noKey() {
    assertEquals("no key", Bytes.render(null));
  }

  @Test
  void truncate() {
    assertEquals("abc", Bytes.truncate("abc", 3));
    assertEquals("ab… (1 more characters)", Bytes.truncate("abc", 2));
    assertEquals(null, Bytes.truncate(null, 2));
  }

  private static byte[] filled(int length) {
    byte[] bytes = new byte[length];
    java.util.Arrays.fill(bytes, (byte) 0xff);
    return bytes;
  }
}
