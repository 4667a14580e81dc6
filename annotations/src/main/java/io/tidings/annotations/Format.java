package io.tidings.annotations;

/**
 * The wire format of a topic's payloads, chosen with {@link Topic#format()}. Whatever the format,
 * every payload type has one canonical schema computed at compile time.
 */
public enum Format {
  /** UTF-8 JSON, readable by any JSON tool and by a plain Jackson {@code ObjectMapper}. */
  JSON,
  /** Avro binary, with the schema derived from the Java type at compile time. */
  AVRO
}
