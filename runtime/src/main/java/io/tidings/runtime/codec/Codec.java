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

  /**
   * Decodes the payload of a delivered record, whose headers may say how it was written (an Avro
   * record names its writer schema in {@link io.tidings.runtime.spi.StandardHeaders#SCHEMA_FINGERPRINT}).
   * By default the headers are ignored and {@link #decode(byte[])} is called.
   *
   * @throws DecodeException naming the type and field if the bytes are not a valid payload, or were
   *     written with a schema this codec cannot read
   */
  default T decode(byte[] bytes, io.tidings.runtime.spi.Delivery delivery) {
    return decode(bytes);
  }
}
