package bad;

import io.tidings.processor.payload.GenerateCodec;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Every field has a different problem; each is reported. */
@GenerateCodec
public record Shapes(
    Date when,
    Map<Integer, String> byId,
    List<? extends Venue> venues,
    String[] names,
    int[] counts,
    Shape shape,
    Figure figure,
    Money money,
    Page<String> page,
    ArrayList<String> list,
    java.net.URI link,
    List<Object> anything) {}

interface Shape {}

abstract class Figure {}

final class Money {
  private final long cents;

  Money(long cents) {
    this.cents = cents;
  }

  long cents() {
    return cents;
  }
}

record Page<T>(List<T> items) {}
