package example;

import io.tidings.processor.payload.GenerateCodec;
import java.util.List;
import java.util.Objects;

/** A record that validates what it is built from. */
@GenerateCodec
public record Checked(String name, int seats, List<Checked> parts) {
  public Checked {
    Objects.requireNonNull(name, "name");
    if (seats < 0) {
      throw new IllegalArgumentException("seats must not be negative");
    }
  }
}
