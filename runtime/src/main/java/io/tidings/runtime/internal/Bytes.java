package io.tidings.runtime.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Renders raw bytes (a record key) safely for messages: quoted UTF-8 if printable, else hex; always bounded. */
public final class Bytes {
  /** At most this many characters of a key appear in a message. */
  public static final int MAX_CHARS = 64;

  private Bytes() {}

  /** {@code "b-1"}, {@code 0x00ff1a (3 bytes)}, or {@code no key}; longer values end with an ellipsis. */
  public static String render(byte[] bytes) {
    if (bytes == null) {
      return "no key";
    }
    String text = printable(bytes);
    if (text != null) {
      return text.length() <= MAX_CHARS
          ? "\"" + text + "\""
          : "\"" + text.substring(0, MAX_CHARS) + "…\" (" + bytes.length + " bytes)";
    }
    StringBuilder hex = new StringBuilder("0x");
    int shown = Math.min(bytes.length, MAX_CHARS / 2);
    for (int i = 0; i < shown; i++) {
      hex.append(Character.forDigit((bytes[i] >> 4) & 0xf, 16)).append(Character.forDigit(bytes[i] & 0xf, 16));
    }
    if (shown < bytes.length) {
      hex.append('…');
    }
    return hex.append(" (").append(bytes.length).append(bytes.length == 1 ? " byte)" : " bytes)").toString();
  }

  /** Cuts {@code text} to {@code max} characters, marking the cut. */
  public static String truncate(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max) + "… (" + (text.length() - max) + " more characters)";
  }

  private static String printable(byte[] bytes) {
    CharBuffer chars;
    try {
      chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return null;
    }
    String text = chars.toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '"' || Character.getType(c) == Character.FORMAT) {
        return null;
      }
    }
    return text;
  }
}
