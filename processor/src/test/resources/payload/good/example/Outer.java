package example;

import io.tidings.processor.payload.GenerateCodec;

public final class Outer {
  private Outer() {}

  /** A nested payload: its codec is Outer_Inner_JsonCodec. */
  @GenerateCodec
  public record Inner(String value, Outer.Deeper deeper) {}

  public static final class Deeper {
    private int level;

    public int getLevel() {
      return level;
    }

    public void setLevel(int level) {
      this.level = level;
    }
  }
}
