package com.acme.shapes;

import io.tidings.runtime.codec.Codec;

/** Stands in for the codec the payload branch generates. */
public final class Outer_Removed_JsonCodec implements Codec<Outer.Removed> {
  public static final Outer_Removed_JsonCodec INSTANCE = new Outer_Removed_JsonCodec();

  @Override
  public byte[] encode(Outer.Removed value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Outer.Removed decode(byte[] bytes) {
    throw new UnsupportedOperationException();
  }
}
