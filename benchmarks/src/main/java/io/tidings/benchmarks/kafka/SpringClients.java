package io.tidings.benchmarks.kafka;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;

/**
 * The Spring for Apache Kafka variants, written as a Spring application would: a {@link
 * KafkaTemplate} sending typed values, and a {@link KafkaListener} method in an application context
 * with {@link EnableKafka}. Both serialize with the same jackson-databind reader and writer as the
 * hand-written variants (Spring Kafka 4's own JSON serializers are built on Jackson 3), and default
 * container settings.
 */
final class SpringClients {
  private SpringClients() {}

  /** Publishes readings through a {@link KafkaTemplate}; returns the measured nanoseconds. */
  static long publish(String bootstrap, int warmup, int records) {
    Reading[] readings = Reading.samples();
    DefaultKafkaProducerFactory<String, Reading> factory =
        new DefaultKafkaProducerFactory<>(ClientSettings.producer(bootstrap), new StringSerializer(), new Json.ReadingSerializer());
    try {
      KafkaTemplate<String, Reading> template = new KafkaTemplate<>(factory);
      return WarmUp.publish(warmup, records, (acks, from, count) -> send(template, acks, readings, from, count));
    } finally {
      factory.destroy();
    }
  }

  private static void send(KafkaTemplate<String, Reading> template, Acks acks, Reading[] readings, int from, int count) {
    for (int i = from; i < from + count; i++) {
      Reading reading = readings[i % readings.length];
      template
          .send(new ProducerRecord<>(EndToEnd.PUBLISH_TOPIC, null, reading.sensor(), reading, Json.headers()))
          .whenComplete(acks::complete);
    }
  }

  /** Consumes through a {@link KafkaListener}; returns the measured nanoseconds. */
  static long consume(String bootstrap, int warmup, int records) throws InterruptedException {
    Progress.INSTANCE.expect(warmup, records);
    ListenerConfig.bootstrap = bootstrap;
    try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(ListenerConfig.class)) {
      if (!context.isRunning()) {
        throw new IllegalStateException("the Spring context did not start");
      }
      return Progress.INSTANCE.await(600); // closing the context stops the container and leaves the group
    }
  }

  /** The listener application's configuration. */
  @Configuration
  @EnableKafka
  static class ListenerConfig {
    static volatile String bootstrap;

    @Bean
    ConsumerFactory<String, Reading> consumerFactory() {
      Map<String, Object> settings = ClientSettings.consumer(bootstrap, EndToEnd.GROUP);
      return new DefaultKafkaConsumerFactory<>(settings, new StringDeserializer(), new Json.ReadingDeserializer());
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, Reading> kafkaListenerContainerFactory(ConsumerFactory<String, Reading> consumerFactory) {
      ConcurrentKafkaListenerContainerFactory<String, Reading> factory = new ConcurrentKafkaListenerContainerFactory<>();
      factory.setConsumerFactory(consumerFactory);
      return factory;
    }

    @Bean
    Listener listener() {
      return new Listener();
    }
  }

  /** The {@link KafkaListener} bean. */
  static class Listener {
    @KafkaListener(topics = EndToEnd.CONSUME_TOPIC, groupId = EndToEnd.GROUP)
    public void on(@Payload Reading reading, @Header(KafkaHeaders.RECEIVED_KEY) String sensor) {
      Progress.INSTANCE.handled(sensor, reading);
    }
  }
}
