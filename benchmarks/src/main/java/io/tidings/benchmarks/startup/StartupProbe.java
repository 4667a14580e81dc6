package io.tidings.benchmarks.startup;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.LoggerFactory;

/**
 * A child JVM of the start-up harness: starts one variant, sends one ping, and prints {@code
 * HANDLED} when its handler got it. Variants: {@code jvm} (prints at once: the floor of any
 * variant), {@code queue} (a ping handed between two threads), {@code guice} (the same after SLF4J
 * and a Guice injector started: what any Guice application pays), {@code memory} and {@code kafka}
 * (Tidings), {@code kafka-raw} (a raw producer and a raw consumer).
 */
public final class StartupProbe {
  private StartupProbe() {}

  /** {@code <variant> [bootstrap]}. */
  public static void main(String[] args) throws Exception {
    long entered = System.nanoTime();
    String run = UUID.randomUUID().toString();
    FirstMessage.expect(run);
    switch (args[0]) {
      case "jvm" -> FirstMessage.handled(run);
      case "queue" -> queue(run);
      case "guice" -> guice(run, entered);
      case "memory" -> TidingsProbe.memory(run, entered);
      case "kafka" -> TidingsProbe.kafka(run, args[1], entered);
      case "kafka-raw" -> kafkaRaw(run, args[1], entered);
      default -> throw new IllegalArgumentException("unknown variant " + args[0]);
    }
    FirstMessage.await();
    System.exit(0);
  }

  private static void queue(String run) throws InterruptedException {
    BlockingQueue<Ping> queue = new ArrayBlockingQueue<>(16);
    Thread consumer =
        new Thread(
            () -> {
              try {
                FirstMessage.handled(queue.take().run());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    consumer.start();
    queue.put(new Ping(run, 1));
    consumer.join();
  }

  /**
   * What any Guice application with logging pays before its own code runs: SLF4J initialised, an
   * injector that builds one object by constructor injection, then the queue hand-over.
   */
  private static void guice(String run, long entered) throws InterruptedException {
    LoggerFactory.getLogger(StartupProbe.class).debug("run {}", run);
    long logging = System.nanoTime();
    Injector injector = Guice.createInjector(binder -> binder.bind(Handover.class).in(Singleton.class));
    Handover handover = injector.getInstance(Handover.class);
    long created = System.nanoTime();
    Thread consumer =
        new Thread(
            () -> {
              try {
                FirstMessage.handled(handover.queue.take().run());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    consumer.start();
    handover.queue.put(new Ping(run, 1));
    consumer.join();
    Phases.print(entered, "SLF4J", logging, "Guice injector", created, "first delivery", FirstMessage.handledAt());
  }

  /** The object the {@code guice} variant's injector builds. */
  static final class Handover {
    final BlockingQueue<Ping> queue = new ArrayBlockingQueue<>(16);

    @Inject
    Handover() {}
  }

  private static void kafkaRaw(String run, String bootstrap, long entered) {
    Map<String, Object> producerSettings = Map.of("bootstrap.servers", bootstrap, "acks", "all", "linger.ms", "5");
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerSettings, new StringSerializer(), new StringSerializer());
        KafkaConsumer<String, String> consumer =
            new KafkaConsumer<>(
                Map.of("bootstrap.servers", bootstrap, "group.id", "bench-startup-raw", "auto.offset.reset", "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
      long created = System.nanoTime();
      consumer.subscribe(List.of(StartUp.TOPIC));
      producer.send(new ProducerRecord<>(StartUp.TOPIC, run, "{\"run\":\"" + run + "\",\"seq\":1}"));
      long sent = System.nanoTime();
      while (true) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
          if (run.equals(record.key())) {
            FirstMessage.handled(record.key());
            Phases.print(entered, "clients created", created, "subscribe + send (not awaited)", sent, "first delivery", FirstMessage.handledAt());
            return;
          }
        }
      }
    }
  }
}
