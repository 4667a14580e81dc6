package io.tidings.runtime.spi;

import java.nio.charset.StandardCharsets;

/**
 * One header of a record as it travels over a transport: a name and raw bytes (possibly {@code
 * null}). Names may repeat; the last one wins when a header is read by name.
 *
 * @param name the header name
 * @param value the raw value, or {@code null}
 */
public record RecordHeader(String name, byte[] value) {

  /** A header whose value is {@code value} encoded as UTF-8 ({@code null} stays {@code null}). */
  public static RecordHeader utf8(String name, String value) {
    return new RecordHeader(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  /** The value decoded as UTF-8, or {@code null}. */
  public String stringValue() {
    return value == null ? null : new String(value, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return name + "=" + stringValue();
  }
}
