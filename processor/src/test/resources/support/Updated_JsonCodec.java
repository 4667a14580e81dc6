package test.support;

import io.tidings.runtime.codec.Codec;
import java.nio.charset.StandardCharsets;

/** Stands in for the generated codec: the id as UTF-8. */
public final class Updated_JsonCodec implements Codec<Updated> {
  public static final Updated_JsonCodec INSTANCE = new Updated_JsonCodec();

  @Override
  public byte[] encode(Updated value) {
    return value.id().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Updated decode(byte[] bytes) {
    return new Updated(new String(bytes, StandardCharsets.UTF_8));
  }
}
