package io.tidings.benchmarks.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The Kafka client settings every variant uses, so that only the code between the application and
 * the client differs: acks=all, linger.ms=5, batch.size=64 KiB, idempotence left at the client's
 * default (on), which is also what Tidings uses; consumers start from the earliest record.
 */
public final class ClientSettings {
  /** The producer settings shared by every publishing variant (besides the bootstrap servers). */
  public static final Map<String, String> PRODUCER =
      Map.of(
          ProducerConfig.ACKS_CONFIG, "all",
          ProducerConfig.LINGER_MS_CONFIG, "5",
          ProducerConfig.BATCH_SIZE_CONFIG, "65536");

  private ClientSettings() {}

  /** Producer settings for {@code bootstrap}. */
  public static Map<String, Object> producer(String bootstrap) {
    Map<String, Object> settings = new HashMap<>(PRODUCER);
    settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return settings;
  }

  /** Consumer settings for {@code bootstrap} and {@code group}. */
  public static Map<String, Object> consumer(String bootstrap, String group) {
    Map<String, Object> settings = new HashMap<>();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return settings;
  }
}
