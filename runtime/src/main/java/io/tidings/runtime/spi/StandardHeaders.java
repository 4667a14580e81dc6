package io.tidings.runtime.spi;

/**
 * The names of the headers Tidings itself writes. Every transport carries them untouched; tools
 * that read Tidings topics (or dead-letter topics) can rely on them.
 */
public final class StandardHeaders {
  /** The event type of the payload, by default the payload type's simple name. */
  public static final String EVENT_TYPE = "tidings-type";

  /**
   * On an Avro record: the writer schema's 64-bit Rabin fingerprint (Avro's {@code
   * SchemaNormalization.parsingFingerprint64}) as 16 lower-case hex digits, so a consumer knows which
   * recorded schema version to resolve the payload with.
   */
  public static final String SCHEMA_FINGERPRINT = "tidings-schema";

  /** On a dead letter: the topic the record was read from. */
  public static final String DLQ_TOPIC = "tidings-dlq-topic";
  /** On a dead letter: the partition the record was read from. */
  public static final String DLQ_PARTITION = "tidings-dlq-partition";
  /** On a dead letter: the offset of the original record. */
  public static final String DLQ_OFFSET = "tidings-dlq-offset";
  /** On a dead letter: the consumer group that gave up on the record. */
  public static final String DLQ_GROUP = "tidings-dlq-group";
  /** On a dead letter: the class name of the last error. */
  public static final String DLQ_ERROR_CLASS = "tidings-dlq-error-class";
  /** On a dead letter: the message of the last error. */
  public static final String DLQ_ERROR_MESSAGE = "tidings-dlq-error-message";
  /** On a dead letter: how many times the handler was called. */
  public static final String DLQ_ATTEMPTS = "tidings-dlq-attempts";
  /** On a dead letter: when it was dead-lettered, ISO-8601. */
  public static final String DLQ_TIME = "tidings-dlq-time";

  /** On a dead letter: the error's stack trace, cut to a few kilobytes. */
  public static final String DLQ_STACK_TRACE = "tidings-dlq-stack-trace";
  /** On a replayed record: how many times it was replayed from a dead-letter topic. */
  public static final String REPLAY_COUNT = "tidings-replay-count";
  /** On a replayed record: when it was last replayed, ISO-8601. */
  public static final String REPLAY_TIME = "tidings-replay-time";
  /** On a replayed record: the dead-letter topic, partition and offset it was replayed from. */
  public static final String REPLAY_FROM = "tidings-replay-from";

  /**
   * The conversation a record belongs to: created when a record is published outside any handler,
   * carried forward to every record published while handling it.
   */
  public static final String CORRELATION_ID = "tidings-correlation-id";
  /** The record whose handling published this one, as {@code topic-partition@offset}. */
  public static final String CAUSATION_ID = "tidings-causation-id";
  /** The W3C trace context, carried from a handled record to the records its handler publishes. */
  public static final String TRACEPARENT = "traceparent";

  /** The suffix of a topic's dead-letter topic: {@code bookings.events} → {@code bookings.events.dlq}. */
  public static final String DLQ_SUFFIX = ".dlq";

  private StandardHeaders() {}
}
