package test.support;

import io.tidings.runtime.codec.Codec;
import java.nio.charset.StandardCharsets;

/** Stands in for the generated codec: the id as UTF-8. */
public final class Cancelled_JsonCodec implements Codec<Cancelled> {
  public static final Cancelled_JsonCodec INSTANCE = new Cancelled_JsonCodec();

  @Override
  public byte[] encode(Cancelled value) {
    return value.id().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Cancelled decode(byte[] bytes) {
    return new Cancelled(new String(bytes, StandardCharsets.UTF_8));
  }
}
