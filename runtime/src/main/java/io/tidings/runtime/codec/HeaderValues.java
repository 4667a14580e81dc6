package io.tidings.runtime.codec;

import io.tidings.runtime.spi.Delivery;
import java.util.Arrays;
import java.util.UUID;

/**
 * Converts {@code @Header} parameter values to header text and back; called by generated publishers
 * ({@code encode}) and dispatchers ({@code decode...}). Values travel as UTF-8 text: {@code String}
 * unchanged, primitives and their boxes as Java writes them ({@code "42"}, {@code "true"}), enums by
 * {@link Enum#name()}, {@code UUID}s in canonical form. A {@code null} value is written as a header
 * without a value.
 *
 * <p>Decoding a missing header (or one without a value) gives {@code null} for reference types and
 * throws {@link DecodeException} for primitives; text that does not parse as the expected type
 * throws {@link DecodeException} naming the header, the value and the type. Stateless and
 * thread-safe.
 */
public final class HeaderValues {
  private static final int MAX_QUOTED = 64;

  private HeaderValues() {}

  /** A string header, unchanged. */
  public static String encode(String value) {
    return value;
  }

  /** A {@code boolean} header as {@code "true"} or {@code "false"}. */
  public static String encode(boolean value) {
    return Boolean.toString(value);
  }

  /** A {@code Boolean} header; {@code null} stays {@code null}. */
  public static String encode(Boolean value) {
    return value == null ? null : value.toString();
  }

  /** A {@code byte} header in decimal. */
  public static String encode(byte value) {
    return Byte.toString(value);
  }

  /** A {@code Byte} header; {@code null} stays {@code null}. */
  public static String encode(Byte value) {
    return value == null ? null : value.toString();
  }

  /** A {@code short} header in decimal. */
  public static String encode(short value) {
    return Short.toString(value);
  }

  /** A {@code Short} header; {@code null} stays {@code null}. */
  public static String encode(Short value) {
    return value == null ? null : value.toString();
  }

  /** A {@code char} header as a one-character string. */
  public static String encode(char value) {
    return Character.toString(value);
  }

  /** A {@code Character} header; {@code null} stays {@code null}. */
  public static String encode(Character value) {
    return value == null ? null : value.toString();
  }

  /** An {@code int} header in decimal. */
  public static String encode(int value) {
    return Integer.toString(value);
  }

  /** An {@code Integer} header; {@code null} stays {@code null}. */
  public static String encode(Integer value) {
    return value == null ? null : value.toString();
  }

  /** A {@code long} header in decimal. */
  public static String encode(long value) {
    return Long.toString(value);
  }

  /** A {@code Long} header; {@code null} stays {@code null}. */
  public static String encode(Long value) {
    return value == null ? null : value.toString();
  }

  /** A {@code float} header as {@link Float#toString(float)} writes it. */
  public static String encode(float value) {
    return Float.toString(value);
  }

  /** A {@code Float} header; {@code null} stays {@code null}. */
  public static String encode(Float value) {
    return value == null ? null : value.toString();
  }

  /** A {@code double} header as {@link Double#toString(double)} writes it. */
  public static String encode(double value) {
    return Double.toString(value);
  }

  /** A {@code Double} header; {@code null} stays {@code null}. */
  public static String encode(Double value) {
    return value == null ? null : value.toString();
  }

  /** An enum header by its constant's {@link Enum#name()}; {@code null} stays {@code null}. */
  public static String encode(Enum<?> value) {
    return value == null ? null : value.name();
  }

  /** A {@code UUID} header in canonical form; {@code null} stays {@code null}. */
  public static String encode(UUID value) {
    return value == null ? null : value.toString();
  }

  /** The header's text, or {@code null} if it is missing. */
  public static String decodeString(Delivery delivery, String name) {
    return delivery.header(name);
  }

  /** A {@code boolean} header ({@code "true"} or {@code "false"}, any case); it must be present. */
  public static boolean decodeBoolean(Delivery delivery, String name) {
    return parseBoolean(name, required(delivery, name, "boolean"));
  }

  /** A {@code Boolean} header, or {@code null} if it is missing. */
  public static Boolean decodeBooleanOrNull(Delivery delivery, String name) {
    String text = delivery.header(name);
    return text == null ? null : parseBoolean(name, text);
  }

  /** A {@code byte} header; it must be present. */
  public static byte decodeByte(Delivery delivery, String name) {
    return parseByte(name, required(delivery, name, "byte"));
  }

  /** A {@code Byte} header, or {@code null} if it is missing. */
  public static Byte decodeByteOrNull(Delivery delivery, String name) {
    String text = delivery.header(name);
    return text == null ? null : parseByte(name, text);
  }

  /** A {@code short} header; it must be present. */
  public static short decodeShort(Delivery delivery, String name) {
    return parseShort(name, required(delivery, name, "short"));
  }

  /** A {@code Short} header, or {@code null} if it is missing. */
  public static Short decodeShortOrNull(Delivery delivery, String name) {
    String text = delivery.header(name);
    return text == null ? null : parseShort(name, text);
  }

  /** A {@code char} header (exactly one UTF-16 character); it must be present. */
  public static char decodeChar(Delivery delivery, String name) {
    return parseChar(name, required(delivery, name, "char"));
  }

  /** A {@code Character} header, or {@code null} if it is missing. */
  public static Character decodeCharOrNull(Delivery delivery, String name) {
    String text = delivery.header(name);
    return text == null ? null : parseChar(name, text);
  }

  /** An {@code int} header; it must be present. */
  public static int decodeInt(Delivery delivery, String name) {
    return parseInt(name, required(delivery, name, "int"));
  }

  /** An {@code Integer} header, or {@code null} if it is missing. */
  public static Integer decodeIntOrNull(Delivery delivery, String name) {
    String text = delivery.header(name);
    return text == null ? null : parseInt(name, text);
  }

  /** A {@code long} header; it must be present. */
  public static long decodeLong(Delivery delivery, String name) {
    return parseLong(name, required(delivery, name, "long"));
  }

  /** A {@code Long} header, or {@code null} if it is missing. */
  public static Long decodeLongOrNull(Delivery delivery, String name) {
    String text = delivery.header(name);
    return text == null ? null : parseLong(name, text);
  }

  /** A {@code float} header; it must be present. */
  public static float decodeFloat(Delivery delivery, String name) {
    return parseFloat(name, required(delivery, name, "float"));
  }

  /** A {@code Float} header, or {@code null} if it is missing. */
  public static Float decodeFloatOrNull(Delivery delivery, String name) {
    String text = delivery.header(name);
    return text == null ? null : parseFloat(name, text);
  }

  /** A {@code double} header; it must be present. */
  public static double decodeDouble(Delivery delivery, String name) {
    return parseDouble(name, required(delivery, name, "double"));
  }

  /** A {@code Double} header, or {@code null} if it is missing. */
  public static Double decodeDoubleOrNull(Delivery delivery, String name) {
    String text = delivery.header(name);
    return text == null ? null : parseDouble(name, text);
  }

  /** A {@code UUID} header, or {@code null} if it is missing. */
  public static UUID decodeUuid(Delivery delivery, String name) {
    String text = delivery.header(name);
    if (text == null) {
      return null;
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw unparsable(name, text, "UUID", e);
    }
  }

  /**
   * An enum header, by constant name, or {@code null} if it is missing.
   *
   * @param type the enum class the generated dispatcher passes
   */
  public static <E extends Enum<E>> E decodeEnum(Delivery delivery, String name, Class<E> type) {
    String text = delivery.header(name);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new DecodeException(
          "header \"" + name + "\" has the value " + quote(text) + ", which is not a constant of "
              + type.getName() + " (one of " + Arrays.toString(type.getEnumConstants())
              + "): was it written by a producer with another version of the enum?",
          e);
    }
  }

  private static String required(Delivery delivery, String name, String type) {
    String text = delivery.header(name);
    if (text == null) {
      throw new DecodeException(
          "header \"" + name + "\" is missing, but the consumer expects a value of type " + type
              + ": declare the parameter with the boxed type to accept records without it");
    }
    return text;
  }

  private static boolean parseBoolean(String name, String text) {
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw unparsable(name, text, "boolean", null);
  }

  private static byte parseByte(String name, String text) {
    try {
      return Byte.parseByte(text);
    } catch (NumberFormatException e) {
      throw unparsable(name, text, "byte", e);
    }
  }

  private static short parseShort(String name, String text) {
    try {
      return Short.parseShort(text);
    } catch (NumberFormatException e) {
      throw unparsable(name, text, "short", e);
    }
  }

  private static char parseChar(String name, String text) {
    if (text.length() != 1) {
      throw unparsable(name, text, "char", null);
    }
    return text.charAt(0);
  }

  private static int parseInt(String name, String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw unparsable(name, text, "int", e);
    }
  }

  private static long parseLong(String name, String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw unparsable(name, text, "long", e);
    }
  }

  private static float parseFloat(String name, String text) {
    try {
      return Float.parseFloat(text);
    } catch (NumberFormatException e) {
      throw unparsable(name, text, "float", e);
    }
  }

  private static double parseDouble(String name, String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw unparsable(name, text, "double", e);
    }
  }

  private static DecodeException unparsable(String name, String text, String type, Throwable cause) {
    String message = "header \"" + name + "\" has the value " + quote(text) + ", which is not a valid " + type;
    return cause == null ? new DecodeException(message) : new DecodeException(message, cause);
  }

  private static String quote(String text) {
    return text.length() <= MAX_QUOTED
        ? "\"" + text + "\""
        : "\"" + text.substring(0, MAX_QUOTED) + "...\" (" + text.length() + " characters)";
  }
}
