package late;

import io.tidings.processor.payload.GenerateCodec;
import java.util.List;

/** Reaches Later, which another processor generates in the first round. */
@GenerateCodec
public record Waiting(String id, List<Later> later) {}
