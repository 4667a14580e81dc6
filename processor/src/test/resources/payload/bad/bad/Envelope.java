package bad;

import io.tidings.processor.payload.GenerateCodec;

public class Envelope {
  /** Exposes a private type and an inner (non-static) class. */
  @GenerateCodec
  public record Sealed(Secret secret, Letter letter) {}

  private record Secret(String text) {}

  public class Letter {
    public String text;
  }
}
