package example;

import io.tidings.processor.payload.GenerateCodec;
import java.util.List;

/** Component names that collide with the codec's own variables, and deprecated API. */
@GenerateCodec
@SuppressWarnings({"deprecation", "removal"})
public record Awkward(
    String p,
    int field,
    String value,
    List<List<String>> p1,
    int g,
    boolean hasP,
    boolean isOpen,
    String URL,
    String old,
    Retired retired,
    Doomed doomed) {

  /** A deprecated accessor: the codec calls it, so it must suppress the warning. */
  @Deprecated
  @Override
  public String old() {
    return old;
  }
}
