package io.tidings.processor.model;

/** What a method parameter is for, as its annotations and type say. */
public enum Role {
  /** No Tidings annotation: the event itself. */
  PAYLOAD,
  /** {@code @Key}. */
  KEY,
  /** {@code @Header}. */
  HEADER,
  /** An {@code io.tidings.runtime.Metadata} (consumer methods only). */
  METADATA,
  /** Both {@code @Key} and {@code @Header}: always an error. */
  KEY_AND_HEADER
}
