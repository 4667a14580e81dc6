package io.tidings.memory;

import io.tidings.memory.internal.MemoryEngine;
import io.tidings.runtime.codec.Keys;
import io.tidings.runtime.spi.EventType;
import io.tidings.runtime.spi.OutboundRecord;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import io.tidings.runtime.spi.TopicDescriptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Kafka-like broker in one JVM, for tests and demos: topics with their declared partitions, keys
 * partitioned exactly as Kafka's default partitioner does (murmur2), offsets and timestamps, consumer
 * groups (every group sees every record; within a group each partition is handled by one member at a
 * time, in order), committed positions, and redelivery of records whose handling failed. Several
 * {@code Tidings} instances on one broker behave like several instances of a service: they split a
 * group's partitions and take over when one closes.
 *
 * <p>It is also the test's window on what happened: typed views of what was {@linkplain
 * #published(Class) published} and {@linkplain #deadLetters(Class) dead-lettered}, raw {@linkplain
 * #records(String) records}, {@linkplain #committed committed positions}, {@link #awaitIdle()} and
 * failure injection. These views show every record ever published, unless the broker was created
 * with a retention limit ({@link #MemoryBroker(Duration, int)}). Thread-safe.
 *
 * <pre>{@code
 * MemoryBroker broker = new MemoryBroker();
 * Injector injector = Guice.createInjector(new TidingsModule(), new MemoryModule(broker));
 * ...
 * broker.awaitIdle();
 * assertEquals(1, broker.published(BookingEvents.class, BookingCreated.class).size());
 * }</pre>
 */
public final class MemoryBroker {
  /** How long {@link #awaitIdle()} waits. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(10);

  private final MemoryEngine engine;

  /** A broker that delivers a failed record again after 50 ms, with 4 delivery threads per subscription. */
  public MemoryBroker() {
    this(Duration.ofMillis(50));
  }

  /**
   * A broker that pauses {@code redeliveryPause} before delivering again a record whose handling
   * failed (for example because its dead letter could not be written).
   */
  public MemoryBroker(Duration redeliveryPause) {
    this(redeliveryPause, MemoryEngine.RETAIN_ALL);
  }

  /**
   * A broker that keeps, of each partition, the newest {@code retainedRecords} records and every
   * record some consumer group has not handled yet; older ones are dropped, as Kafka's retention
   * drops old segments (offsets keep counting; a group that joins later starts at the oldest record
   * kept). For demos and benchmarks that publish millions of records: {@link #records}, {@link
   * #published} and {@link #deadLetters} see only what is kept, so tests want the other
   * constructors, which keep everything.
   *
   * @throws IllegalArgumentException if {@code retainedRecords} is below 1
   */
  public MemoryBroker(Duration redeliveryPause, int retainedRecords) {
    Objects.requireNonNull(redeliveryPause, "redeliveryPause");
    if (redeliveryPause.isNegative()) {
      throw new IllegalArgumentException("redeliveryPause must not be negative, not " + redeliveryPause);
    }
    if (retainedRecords < 1) {
      throw new IllegalArgumentException("retainedRecords must be at least 1, not " + retainedRecords);
    }
    this.engine = new MemoryEngine(redeliveryPause, 4, Clock.systemUTC(), retainedRecords);
  }

  MemoryEngine engine() {
    return engine;
  }

  /**
   * Waits up to {@link #DEFAULT_IDLE_TIMEOUT} until every consumer group caught up and nothing is in
   * flight or waiting for a retry.
   *
   * @throws AssertionError listing every lagging group, topic, partition and position on timeout
   */
  public void awaitIdle() {
    awaitIdle(DEFAULT_IDLE_TIMEOUT);
  }

  /**
   * Waits up to {@code timeout} until every consumer group with a live member caught up with every
   * partition and nothing is in flight, waiting for a retry or waiting to be delivered again.
   *
   * @throws AssertionError listing every lagging group, topic, partition and position on timeout
   */
  public void awaitIdle(Duration timeout) {
    engine.awaitIdle(timeout);
  }

  /** Every record of topic interface {@code topicApi}, decoded, in the order they were appended. */
  public List<PublishedRecord<Object>> published(Class<?> topicApi) {
    TopicDescriptor topic = descriptor(topicApi);
    List<PublishedRecord<Object>> published = new ArrayList<>();
    for (MemoryRecord record : engine.records(topic.name())) {
      published.add(decode(topic, record, Object.class));
    }
    return published;
  }

  /**
   * The records of topic interface {@code topicApi} whose payload is a {@code payloadType}, decoded,
   * in the order they were appended.
   *
   * @throws IllegalArgumentException if the topic does not carry {@code payloadType}
   */
  public <T> List<PublishedRecord<T>> published(Class<?> topicApi, Class<T> payloadType) {
    TopicDescriptor topic = descriptor(topicApi);
    List<String> names = new ArrayList<>();
    for (EventType<?> eventType : topic.eventTypes()) {
      if (payloadType.isAssignableFrom(eventType.type())) {
        names.add(eventType.name());
      }
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException(topicApi.getSimpleName() + " (topic " + topic.name() + ") carries "
          + carried(topic) + ", not " + payloadType.getSimpleName());
    }
    List<PublishedRecord<T>> published = new ArrayList<>();
    for (MemoryRecord record : engine.records(topic.name())) {
      if (names.contains(record.eventType())) {
        published.add(decode(topic, record, payloadType));
      }
    }
    return published;
  }

  /** Every dead letter written for records of topic interface {@code topicApi}, in the order they were written. */
  public List<DeadLetter> deadLetters(Class<?> topicApi) {
    TopicDescriptor topic = descriptor(topicApi);
    List<DeadLetter> letters = new ArrayList<>();
    for (MemoryRecord record : engine.records(topic.deadLetterTopic())) {
      String eventType = record.eventType();
      EventType<?> type = eventType == null ? null : topic.eventType(eventType);
      Object payload = null;
      if (type != null && record.value() != null) {
        try {
          payload = type.codec().decode(record.value());
        } catch (RuntimeException e) {
          payload = null;
        }
      }
      String time = record.header(StandardHeaders.DLQ_TIME);
      letters.add(new DeadLetter(
          record.header(StandardHeaders.DLQ_TOPIC),
          parseInt(record.header(StandardHeaders.DLQ_PARTITION)),
          parseLong(record.header(StandardHeaders.DLQ_OFFSET)),
          record.header(StandardHeaders.DLQ_GROUP),
          eventType,
          record.header(StandardHeaders.DLQ_ERROR_CLASS),
          record.header(StandardHeaders.DLQ_ERROR_MESSAGE),
          parseInt(record.header(StandardHeaders.DLQ_ATTEMPTS)),
          time == null ? null : Instant.parse(time),
          record.key(),
          record.value(),
          headers(record),
          payload));
    }
    return letters;
  }

  /** Every record of {@code topic} with raw bytes, in the order they were appended (empty if the topic does not exist). */
  public List<MemoryRecord> records(String topic) {
    return engine.records(topic);
  }

  /**
   * The position group {@code group} committed on a partition: the offset of the next record it will
   * handle, as in Kafka ({@code 0} if it never committed).
   */
  public long committed(String group, String topic, int partition) {
    return engine.committed(group, topic, partition);
  }

  /**
   * Appends a record as any producer could, bypassing the generated publishers: for tests with
   * malformed bytes, foreign event types or missing headers. Equal keys land in one partition;
   * injected faults do not apply.
   *
   * @return where it was stored
   */
  public MemoryRecord send(String topic, byte[] key, byte[] value, List<RecordHeader> headers) {
    return engine.append(new OutboundRecord(topic, key, value, List.copyOf(headers)));
  }

  /**
   * Makes the next {@code count} sends to {@code topic} fail with {@code error} without storing the
   * record, as a broker that refuses writes would: to test publish errors, or dead letters that
   * cannot be written (use the {@code <topic>.dlq} name).
   */
  public void failNextSends(String topic, int count, Exception error) {
    engine.injectFault(topic, count, Objects.requireNonNull(error, "error"));
  }

  /**
   * Makes the next {@code count} sends to {@code topic} never be acknowledged (they are not stored),
   * as a broker that is unreachable: to test publish timeouts.
   */
  public void stallNextSends(String topic, int count) {
    engine.injectFault(topic, count, null);
  }

  private TopicDescriptor descriptor(Class<?> topicApi) {
    TopicDescriptor topic = engine.descriptor(Objects.requireNonNull(topicApi, "topicApi"));
    if (topic == null) {
      throw new IllegalArgumentException(topicApi.getName() + " is not a topic this MemoryBroker knows:"
          + " create an injector with TidingsModule and new MemoryModule(broker) first, and check that "
          + topicApi.getSimpleName() + " is a @Topic interface compiled with the Tidings processor");
    }
    return topic;
  }

  private static <T> PublishedRecord<T> decode(TopicDescriptor topic, MemoryRecord record, Class<T> payloadType) {
    String eventType = record.eventType();
    EventType<?> type = eventType == null ? null : topic.eventType(eventType);
    if (type == null) {
      throw new IllegalStateException(record.position() + " has event type " + eventType + ", but "
          + topic.api().getSimpleName() + " carries " + carried(topic) + ": use records(\"" + topic.name()
          + "\") to see raw records");
    }
    Object key;
    Object value;
    try {
      key = Keys.decode(topic.keyType(), record.key());
      value = record.value() == null ? null : type.codec().decode(record.value());
    } catch (RuntimeException e) {
      throw new IllegalStateException(record.position() + " does not decode as " + type.type().getSimpleName() + ": "
          + e.getMessage() + "; use records(\"" + topic.name() + "\") to see raw records", e);
    }
    return new PublishedRecord<>(record.topic(), record.partition(), record.offset(), record.timestamp(), key, eventType,
        payloadType.cast(value), headers(record));
  }

  private static List<String> carried(TopicDescriptor topic) {
    List<String> names = new ArrayList<>();
    topic.eventTypes().forEach(eventType -> names.add(eventType.type().getSimpleName()));
    return names;
  }

  private static Map<String, String> headers(MemoryRecord record) {
    Map<String, String> headers = new LinkedHashMap<>();
    record.headers().forEach(header -> headers.put(header.name(), header.stringValue()));
    return headers;
  }

  private static int parseInt(String value) {
    try {
      return value == null ? -1 : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static long parseLong(String value) {
    try {
      return value == null ? -1 : Long.parseLong(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
