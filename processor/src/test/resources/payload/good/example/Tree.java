package example;

import io.tidings.processor.payload.GenerateCodec;
import java.util.List;
import java.util.Optional;

/** Direct recursion, through a list and an optional. */
@GenerateCodec
public record Tree(String name, List<Tree> children, Optional<Tree> first) {}
