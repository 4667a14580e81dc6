package io.tidings.kafka;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real single-node KRaft Kafka broker inside the test JVM, for any test that needs one — no Docker.
 * Register it in a test class with {@code @RegisterExtension static final KafkaBroker KAFKA = new
 * KafkaBroker();}. The broker is started once per test run (the first class that needs it starts it)
 * and stopped when the run ends; tests isolate themselves with {@link #uniqueName} topics and groups.
 *
 * <p>The broker allows short consumer sessions (down to 1 s) and starts groups without the initial
 * rebalance delay, so group tests run fast. {@link #settings()} gives matching client settings.
 *
 * <p>To run the same tests against a standalone broker instead, set {@code
 * TIDINGS_TEST_KAFKA_BROKERS=host:port}; that broker must allow consumer sessions of 6 s ({@code
 * group.min.session.timeout.ms} ≤ 6000, the default) and is never stopped by the tests.
 */
public final class KafkaBroker implements BeforeAllCallback {
  private static final String KEY = "tidings-kafka-broker";
  /** Names a standalone broker to test against instead of starting one in this JVM. */
  static final String EXTERNAL = "TIDINGS_TEST_KAFKA_BROKERS";

  private volatile Running running;

  @Override
  public void beforeAll(ExtensionContext context) {
    running =
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(KEY, key -> start(), Running.class);
  }

  /** The broker's bootstrap servers, {@code host:port}. */
  public String bootstrapServers() {
    return running().bootstrap;
  }

  /**
   * Settings for this broker tuned for tests: short sessions and heartbeats, a short redelivery delay.
   * Add or replace variables with {@link KafkaSettings.Builder#set}.
   */
  public KafkaSettings.Builder settings() {
    return KafkaSettings.builder()
        .brokers(bootstrapServers())
        .clientId("test")
        .set("KAFKA_CONSUMER_SESSION_TIMEOUT", "6s")
        .set("KAFKA_CONSUMER_HEARTBEAT_INTERVAL", "500ms")
        .set("KAFKA_CONSUMER_REDELIVERY_DELAY", "200ms")
        .set("KAFKA_PRODUCER_LINGER_MS", "1");
  }

  /** An admin client for this broker; close it. */
  public Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
  }

  /** Creates a topic with {@code partitions} partitions and the broker's defaults otherwise. */
  public void createTopic(String name, int partitions, Map<String, String> configs) {
    try (Admin admin = admin()) {
      admin.createTopics(List.of(new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(configs)))
          .all()
          .get(30, TimeUnit.SECONDS);
      // Wait until the leader serves every partition (see KAFKA-15591).
      List<TopicPartition> partitionList = new java.util.ArrayList<>();
      for (int i = 0; i < partitions; i++) {
        partitionList.add(new TopicPartition(name, i));
      }
      admin.describeProducers(partitionList).all().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not create topic " + name, e);
    }
  }

  /** A name no other test uses, for topics and groups: {@code prefix-<random>}. */
  public static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private Running running() {
    Running current = running;
    if (current == null) {
      throw new IllegalStateException("register KafkaBroker with @RegisterExtension on a static field");
    }
    return current;
  }

  private static Running start() {
    String external = System.getenv(EXTERNAL);
    if (external != null && !external.isBlank()) {
      return new Running(null, external.trim());
    }
    try {
      KafkaClusterTestKit cluster =
          new KafkaClusterTestKit.Builder(
                  new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
              .setConfigProp("offsets.topic.replication.factor", "1")
              .setConfigProp("offsets.topic.num.partitions", "3")
              .setConfigProp("group.initial.rebalance.delay.ms", "0")
              .setConfigProp("group.min.session.timeout.ms", "1000")
              .setConfigProp("transaction.state.log.replication.factor", "1")
              .setConfigProp("transaction.state.log.min.isr", "1")
              .build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new Running(cluster, cluster.bootstrapServers());
    } catch (Exception e) {
      throw new IllegalStateException("could not start the in-JVM Kafka broker", e);
    }
  }

  /** The started broker (no cluster when it is a standalone one); closed by JUnit when the run ends. */
  private static final class Running implements AutoCloseable {
    final KafkaClusterTestKit cluster;
    final String bootstrap;

    Running(KafkaClusterTestKit cluster, String bootstrap) {
      this.cluster = cluster;
      this.bootstrap = bootstrap;
    }

    @Override
    public void close() {
      if (cluster == null) {
        return; // a standalone broker named by TIDINGS_TEST_KAFKA_BROKERS belongs to whoever started it
      }
      try {
        cluster.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        throw new IllegalStateException("could not stop the in-JVM Kafka broker", e);
      }
    }
  }
}
