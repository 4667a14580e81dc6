package bad;

import io.tidings.processor.payload.GenerateCodec;

/** An enum alone is not a payload. */
@GenerateCodec
public enum Status {
  OPEN
}
