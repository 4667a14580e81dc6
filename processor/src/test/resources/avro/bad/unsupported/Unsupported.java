package unsupported;

import io.tidings.annotations.Decimal;
import io.tidings.annotations.Format;
import io.tidings.annotations.Topic;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

public class Unsupported {
  @Topic(name = "unsupported", format = Format.AVRO)
  interface Events {
    void sent(Priced event);
  }

  public record Priced(
      BigDecimal undeclared,
      @Decimal(precision = 2, scale = 3) BigDecimal impossible,
      BigInteger huge,
      OffsetDateTime when,
      Duration timeout,
      List<BigDecimal> prices,
      String a$b) {}
}
