package bad;

import io.tidings.processor.payload.GenerateCodec;
import java.math.BigDecimal;

/** A bean whose balance can be read but not set. */
@GenerateCodec
public class Account {
  private String owner;
  private BigDecimal balance;
  private int limit;

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public BigDecimal getBalance() {
    return balance;
  }

  public int getLimit() {
    return limit;
  }

  private void setLimit(int limit) {
    this.limit = limit;
  }
}
