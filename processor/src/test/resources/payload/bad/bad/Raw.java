package bad;

import io.tidings.processor.payload.GenerateCodec;
import java.util.List;

@GenerateCodec
@SuppressWarnings("rawtypes")
public record Raw(List tags) {}
