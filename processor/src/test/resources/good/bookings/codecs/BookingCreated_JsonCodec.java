package com.acme;

import io.tidings.runtime.codec.Codec;

/** Stands in for the codec the payload branch generates. */
public final class BookingCreated_JsonCodec implements Codec<BookingCreated> {
  public static final BookingCreated_JsonCodec INSTANCE = new BookingCreated_JsonCodec();

  @Override
  public byte[] encode(BookingCreated value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public BookingCreated decode(byte[] bytes) {
    throw new UnsupportedOperationException();
  }
}
