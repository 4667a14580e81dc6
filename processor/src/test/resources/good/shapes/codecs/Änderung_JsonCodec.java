package com.acme.shapes;

import io.tidings.runtime.codec.Codec;

/** Stands in for the codec the payload branch generates. */
public final class Änderung_JsonCodec implements Codec<Änderung> {
  public static final Änderung_JsonCodec INSTANCE = new Änderung_JsonCodec();

  @Override
  public byte[] encode(Änderung value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Änderung decode(byte[] bytes) {
    throw new UnsupportedOperationException();
  }
}
