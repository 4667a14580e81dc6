package io.tidings.benchmarks.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The hand-written baselines: a raw {@code KafkaProducer<byte[], byte[]>} sending bytes encoded
 * before the clock starts (key, value and headers, correlation id included), the same producer
 * encoding each record with jackson-databind and making a correlation id per record, and a raw poll
 * loop decoding each record with jackson-databind. Every variant writes the same headers as Tidings.
 */
final class RawClients {
  private RawClients() {}

  /** Publishes pre-encoded readings; returns the nanoseconds of the measured part. */
  static long publishRaw(String bootstrap, int warmup, int records) {
    Reading[] readings = Reading.samples();
    byte[][] keys = new byte[readings.length][];
    byte[][] values = new byte[readings.length][];
    List<List<Header>> headers = new ArrayList<>();
    for (int i = 0; i < readings.length; i++) {
      keys[i] = readings[i].sensor().getBytes(StandardCharsets.UTF_8);
      values[i] = Json.encode(readings[i]);
      headers.add(Json.headers());
    }
    try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
      return WarmUp.publish(warmup, records, (acks, from, count) -> send(producer, acks, keys, values, headers, from, count));
    }
  }

  private static void send(
      KafkaProducer<byte[], byte[]> producer, Acks acks, byte[][] keys, byte[][] values, List<List<Header>> headers, int from, int count) {
    for (int i = from; i < from + count; i++) {
      int n = i % keys.length;
      producer.send(new ProducerRecord<>(EndToEnd.PUBLISH_TOPIC, null, keys[n], values[n], headers.get(n)), acks::complete);
    }
  }

  /** Publishes readings encoding each with jackson-databind; returns the measured nanoseconds. */
  static long publishMapper(String bootstrap, int warmup, int records) {
    Reading[] readings = Reading.samples();
    try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
      return WarmUp.publish(
          warmup, records, (acks, from, count) -> sendEncoding(producer, acks, readings, EndToEnd.PUBLISH_TOPIC, from, count));
    }
  }

  /**
   * A diagnostic variant, not in the report's rows: the hand-written producer encoding each record
   * with the JSON codec Tidings generated for {@link Reading} instead of jackson-databind. Against
   * {@code publish-raw} it shows what encoding costs (the pre-encoded baseline does it before the
   * clock); against {@code publish-tidings} what Tidings adds besides encoding.
   */
  static long publishCodec(String bootstrap, int warmup, int records) {
    Reading[] readings = Reading.samples();
    try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
      return WarmUp.publish(warmup, records, (acks, from, count) -> {
        for (int i = from; i < from + count; i++) {
          Reading reading = readings[i % readings.length];
          producer.send(
              new ProducerRecord<>(
                  EndToEnd.PUBLISH_TOPIC, null, reading.sensor().getBytes(StandardCharsets.UTF_8), Reading_JsonCodec.INSTANCE.encode(reading),
                  Json.headers()),
              acks::complete);
        }
      });
    }
  }

  /** Fills {@code topic} with {@code count} readings as a Tidings publisher would write them. */
  static void fill(String bootstrap, String topic, int count) {
    try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
      Acks acks = new Acks();
      sendEncoding(producer, acks, Reading.samples(), topic, 0, count);
      acks.await(count);
    }
  }

  private static void sendEncoding(KafkaProducer<byte[], byte[]> producer, Acks acks, Reading[] readings, String topic, int from, int count) {
    for (int i = from; i < from + count; i++) {
      Reading reading = readings[i % readings.length];
      producer.send(
          new ProducerRecord<>(topic, null, reading.sensor().getBytes(StandardCharsets.UTF_8), Json.encode(reading), Json.headers()),
          acks::complete);
    }
  }

  /** A raw poll loop that decodes each record with jackson-databind; returns the measured nanoseconds. */
  static long consumeRaw(String bootstrap, int warmup, int records) throws InterruptedException {
    Progress progress = Progress.INSTANCE;
    progress.expect(warmup, records);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(ClientSettings.consumer(bootstrap, EndToEnd.GROUP), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(EndToEnd.CONSUME_TOPIC));
      while (!progress.finished()) {
        ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(100));
        for (ConsumerRecord<byte[], byte[]> record : batch) {
          String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
          progress.handled(key, Json.decode(record.value()));
        }
      }
      return progress.await(1);
    }
  }

  private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
    return new KafkaProducer<>(ClientSettings.producer(bootstrap), new ByteArraySerializer(), new ByteArraySerializer());
  }
}
