package test.support;

import io.tidings.runtime.codec.Codec;
import java.nio.charset.StandardCharsets;

/** Stands in for the generated codec: the id as UTF-8. */
public final class Created_JsonCodec implements Codec<Created> {
  public static final Created_JsonCodec INSTANCE = new Created_JsonCodec();

  @Override
  public byte[] encode(Created value) {
    return value.id().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Created decode(byte[] bytes) {
    return new Created(new String(bytes, StandardCharsets.UTF_8));
  }
}
