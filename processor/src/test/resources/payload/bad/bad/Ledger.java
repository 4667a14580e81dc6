package bad;

import io.tidings.processor.payload.GenerateCodec;

/** Neither a record nor a bean: no no-arg constructor. */
@GenerateCodec
public class Ledger {
  private final String name;

  public Ledger(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }
}
