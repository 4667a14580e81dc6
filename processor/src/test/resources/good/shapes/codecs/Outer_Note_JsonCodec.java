package com.acme.shapes;

import io.tidings.runtime.codec.Codec;

/** Stands in for the codec the payload branch generates. */
public final class Outer_Note_JsonCodec implements Codec<Outer.Note> {
  public static final Outer_Note_JsonCodec INSTANCE = new Outer_Note_JsonCodec();

  @Override
  public byte[] encode(Outer.Note value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Outer.Note decode(byte[] bytes) {
    throw new UnsupportedOperationException();
  }
}
