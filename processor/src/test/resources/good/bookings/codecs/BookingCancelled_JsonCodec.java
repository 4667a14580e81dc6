package com.acme;

import io.tidings.runtime.codec.Codec;

/** Stands in for the codec the payload branch generates. */
public final class BookingCancelled_JsonCodec implements Codec<BookingCancelled> {
  public static final BookingCancelled_JsonCodec INSTANCE = new BookingCancelled_JsonCodec();

  @Override
  public byte[] encode(BookingCancelled value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public BookingCancelled decode(byte[] bytes) {
    throw new UnsupportedOperationException();
  }
}
