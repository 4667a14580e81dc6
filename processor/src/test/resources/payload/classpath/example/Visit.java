package example;

import io.tidings.processor.payload.GenerateCodec;

@GenerateCodec
public record Visit(Address address) {}
