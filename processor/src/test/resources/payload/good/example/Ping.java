package example;

import io.tidings.processor.payload.GenerateCodec;

/** Mutual recursion: Ping → Pong → Ping. */
@GenerateCodec
public record Ping(String id, Pong pong) {}
