package io.tidings.processor.payload;

import javax.lang.model.element.TypeElement;

/**
 * How one Java type of a payload property is encoded: a scalar with a pair of {@code
 * io.tidings.runtime.codec.Json} helpers, an enum, a nested payload with its own codec, or a
 * container of another value type. The model the codec writers render; never holds a problem.
 */
sealed interface ValueType {

  /**
   * A value read and written by {@code Json.read<suffix>} and {@code Json.write<suffix>}.
   *
   * @param suffix the helpers' name after {@code read}/{@code write}, e.g. {@code Int}, {@code
   *     IntOrNull}, {@code Instant}
   * @param defaultValue the Java literal a primitive starts as before it is read, or {@code null}
   *     for a reference type (which may be missing or {@code null})
   */
  record Scalar(String suffix, String defaultValue) implements ValueType {
    boolean primitive() {
      return defaultValue != null;
    }
  }

  /** An enum, written by constant name. */
  record EnumValue(TypeElement type) implements ValueType {}

  /** A nested record or bean, encoded by its own generated codec. */
  record Nested(TypeElement type) implements ValueType {}

  /** A {@code List}, {@code Set} or {@code Collection}, written as a JSON array. */
  record CollectionOf(Kind kind, ValueType element) implements ValueType {
    /** Which interface the property is declared as; decides what the reader builds. */
    enum Kind {
      LIST("readList"),
      SET("readSet"),
      COLLECTION("readCollection");

      final String reader;

      Kind(String reader) {
        this.reader = reader;
      }
    }
  }

  /** A {@code Map<String, V>}, written as a JSON object. */
  record MapOf(ValueType value) implements ValueType {}

  /** An {@code Optional<T>}: empty is JSON {@code null}. */
  record OptionalOf(ValueType value) implements ValueType {}
}
