package bad;

import io.tidings.processor.payload.GenerateCodec;

@GenerateCodec
public class Derived extends other.Base {
  private int level;

  public int getLevel() {
    return level;
  }

  public void setLevel(int level) {
    this.level = level;
  }
}
