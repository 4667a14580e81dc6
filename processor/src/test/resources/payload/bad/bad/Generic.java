package bad;

import io.tidings.processor.payload.GenerateCodec;

/** A generic payload class cannot be a payload root. */
@GenerateCodec
public record Generic<T>(T content) {}
