package io.tidings.runtime.codec;

/**
 * Turns one payload type into bytes and back. Generated for every payload type and format ({@code
 * BookingCreated_JsonCodec}); thread-safe and stateless, used through its {@code INSTANCE}.
 *
 * @param <T> the payload type
 */
public interface Codec<T> {

  /** Encodes a payload; never returns {@code null}. */
  byte[] encode(T value);

  /**
   * Decodes bytes written by {@link #encode} (or by any writer of the same format and type).
   *
   * @throws DecodeException naming the type and field if the bytes are not a valid payload
   */
  T decode(byte[] bytes);
}
