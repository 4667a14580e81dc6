package bad;

import io.tidings.processor.payload.GenerateCodec;

/** An interface is not a payload. */
@GenerateCodec
public interface Notice {
  String text();
}
