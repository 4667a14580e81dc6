package example;

import io.tidings.processor.payload.GenerateCodec;

/** A marker event with no fields. */
@GenerateCodec
public record Empty() {}
