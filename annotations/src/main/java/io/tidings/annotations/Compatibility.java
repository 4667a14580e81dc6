package io.tidings.annotations;

/**
 * How a topic's payload schemas may change from one recorded version to the next, checked by the
 * Tidings processor at compile time with Avro's schema-resolution rules, chosen with {@link
 * Topic#compatibility()}. "Reader" is the consumer's (Java) schema, "writer" the producer's.
 *
 * <p>The history the current schema is checked against is the set of {@code .avsc} files recorded
 * in the source tree ({@code src/main/avro-history/<full.Name>/v<n>.avsc} by default).
 */
public enum Compatibility {
  /** Consumers on the new schema read records written with the latest recorded one (the default). */
  BACKWARD,
  /** Like {@link #BACKWARD}, against every recorded version. */
  BACKWARD_TRANSITIVE,
  /** Consumers still on the latest recorded schema read records written with the new one. */
  FORWARD,
  /** Like {@link #FORWARD}, against every recorded version. */
  FORWARD_TRANSITIVE,
  /** Both {@link #BACKWARD} and {@link #FORWARD}. */
  FULL,
  /** Both {@link #BACKWARD_TRANSITIVE} and {@link #FORWARD_TRANSITIVE}. */
  FULL_TRANSITIVE,
  /** No check: any change is accepted (consumers of older schemas may fail). */
  NONE
}
