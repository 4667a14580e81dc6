package io.tidings.benchmarks.kafka;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.tidings.kafka.KafkaModule;
import io.tidings.kafka.KafkaSettings;
import io.tidings.runtime.Tidings;
import io.tidings.runtime.TidingsModule;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The Tidings variants: the generated {@link PublishTopic} publisher and the generated {@link
 * ConsumeSink} dispatcher on the Kafka transport, wired with Guice as an application would, with the
 * same producer settings as the other variants.
 */
final class TidingsClients {
  private TidingsClients() {}

  /** Publishes readings through the generated publisher; returns the measured nanoseconds. */
  static long publish(String bootstrap, int warmup, int records) {
    Reading[] readings = Reading.samples();
    Injector injector = Guice.createInjector(new TidingsModule(), new KafkaModule(settings(bootstrap)));
    Tidings tidings = injector.getInstance(Tidings.class);
    tidings.start();
    try {
      PublishTopic topic = injector.getInstance(PublishTopic.class);
      return WarmUp.publish(warmup, records, (acks, from, count) -> send(topic, acks, readings, from, count));
    } finally {
      tidings.close();
    }
  }

  private static void send(PublishTopic topic, Acks acks, Reading[] readings, int from, int count) {
    for (int i = from; i < from + count; i++) {
      Reading reading = readings[i % readings.length];
      topic.reading(reading.sensor(), reading).whenComplete(acks::complete);
    }
  }

  /** Consumes through the generated dispatcher; returns the measured nanoseconds. */
  static long consume(String bootstrap, int warmup, int records) throws InterruptedException {
    Progress.INSTANCE.expect(warmup, records);
    Injector injector = Guice.createInjector(new TidingsModule(), new KafkaModule(settings(bootstrap)));
    Tidings tidings = injector.getInstance(Tidings.class);
    tidings.start();
    try {
      return Progress.INSTANCE.await(600);
    } finally {
      tidings.close();
    }
  }

  /** The same producer settings as every other variant, in Tidings' own variables. */
  static KafkaSettings settings(String bootstrap) {
    return KafkaSettings.fromMap(
        Map.of(
            "KAFKA_BROKERS", bootstrap,
            "KAFKA_PRODUCER_ACKS", ClientSettings.PRODUCER.get(ProducerConfig.ACKS_CONFIG),
            "KAFKA_PRODUCER_LINGER_MS", ClientSettings.PRODUCER.get(ProducerConfig.LINGER_MS_CONFIG),
            "KAFKA_PRODUCER_BATCH_SIZE", ClientSettings.PRODUCER.get(ProducerConfig.BATCH_SIZE_CONFIG),
            "KAFKA_CONSUMER_AUTO_OFFSET", "earliest"));
  }
}
