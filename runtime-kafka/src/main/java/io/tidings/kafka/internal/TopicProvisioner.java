package io.tidings.kafka.internal;

import io.tidings.runtime.spi.TopicDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and verifies topics from their {@link TopicDescriptor}s through the Admin client: partitions,
 * replication factor ({@code -1} leaves it to the broker), {@code retention.ms} and {@code
 * cleanup.policy}. Drift that breaks Tidings' guarantees (fewer partitions than declared, another
 * cleanup policy) fails with one message listing every topic, what was expected, what was found and
 * how to fix it; harmless drift (more partitions, another retention) is logged. Stateless.
 */
public final class TopicProvisioner {
  private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);

  private final Admin admin;
  private final Duration timeout;

  /** Provisions through {@code admin}, waiting at most {@code timeout} for each admin call. */
  public TopicProvisioner(Admin admin, Duration timeout) {
    this.admin = admin;
    this.timeout = timeout;
  }

  /**
   * Makes sure {@code topics} exist as declared.
   *
   * @param create whether to create missing topics (otherwise a missing topic is a problem)
   * @throws IllegalStateException listing every topic that is missing or drifted
   */
  public void provision(Collection<TopicDescriptor> topics, boolean create) {
    Map<String, TopicDescriptor> wanted = new LinkedHashMap<>();
    for (TopicDescriptor topic : topics) {
      TopicDescriptor previous = wanted.putIfAbsent(topic.name(), topic);
      if (previous != null && previous.partitions() != topic.partitions()) {
        LOG.warn(
            "Topic {} is declared twice with different partition counts ({} on {}, {} on {}); provisioning uses {}",
            topic.name(), previous.partitions(), previous.api().getName(), topic.partitions(), topic.api().getName(),
            previous.partitions());
      }
    }
    if (wanted.isEmpty()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    Map<String, TopicDescription> existing = new LinkedHashMap<>();
    List<TopicDescriptor> missing = new ArrayList<>();
    Map<String, KafkaFuture<TopicDescription>> described = admin.describeTopics(wanted.keySet()).topicNameValues();
    for (TopicDescriptor topic : wanted.values()) {
      try {
        existing.put(topic.name(), await(described.get(topic.name()), "describe topic " + topic.name()));
      } catch (UnknownTopicOrPartitionException e) {
        missing.add(topic);
      }
    }

    if (!missing.isEmpty()) {
      if (create) {
        create(missing, existing, problems);
      } else {
        for (TopicDescriptor topic : missing) {
          problems.add(
              "topic " + topic.name() + " (" + topic.api().getSimpleName() + ") does not exist: create it with "
                  + createCommand(topic) + ", or set KAFKA_TOPICS=create to let Tidings create it");
        }
      }
    }
    verify(wanted, existing, problems);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Kafka topics do not match their @Topic declarations (" + problems.size()
              + (problems.size() == 1 ? " problem" : " problems") + "):\n  - " + String.join("\n  - ", problems));
    }
  }

  private void create(List<TopicDescriptor> missing, Map<String, TopicDescription> existing, List<String> problems) {
    List<NewTopic> newTopics = new ArrayList<>();
    for (TopicDescriptor topic : missing) {
      Optional<Short> replicas = topic.replicas() < 1 ? Optional.empty() : Optional.of(topic.replicas());
      NewTopic newTopic = new NewTopic(topic.name(), Optional.of(topic.partitions()), replicas);
      Map<String, String> configs = new LinkedHashMap<>();
      if (topic.compacted()) {
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
      }
      if (topic.retention() != null) {
        configs.put(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(topic.retention().toMillis()));
      }
      newTopics.add(newTopic.configs(configs));
    }
    Map<String, KafkaFuture<Void>> results = admin.createTopics(newTopics).values();
    List<TopicDescriptor> raced = new ArrayList<>();
    List<TopicDescriptor> created = new ArrayList<>();
    for (TopicDescriptor topic : missing) {
      try {
        await(results.get(topic.name()), "create topic " + topic.name());
        created.add(topic);
        LOG.info(
            "Created topic {} with {} partition(s){}{}{}",
            topic.name(), topic.partitions(),
            topic.replicas() < 1 ? "" : ", replication factor " + topic.replicas(),
            topic.compacted() ? ", compacted" : "",
            topic.retention() == null ? "" : ", retention " + topic.retention());
      } catch (TopicExistsException e) {
        raced.add(topic); // another instance created it meanwhile: verify it like any existing topic
      } catch (RuntimeException e) {
        problems.add(
            "topic " + topic.name() + " could not be created (" + e.getMessage() + "): create it with "
                + createCommand(topic) + ", or grant this client CREATE on the cluster");
      }
    }
    awaitLeaders(created);
    for (TopicDescriptor topic : raced) {
      existing.put(topic.name(), await(admin.describeTopics(List.of(topic.name())).topicNameValues().get(topic.name()),
          "describe topic " + topic.name()));
    }
  }

  private void verify(Map<String, TopicDescriptor> wanted, Map<String, TopicDescription> existing, List<String> problems) {
    if (existing.isEmpty()) {
      return;
    }
    List<ConfigResource> resources = new ArrayList<>();
    for (String name : existing.keySet()) {
      resources.add(new ConfigResource(ConfigResource.Type.TOPIC, name));
    }
    Map<ConfigResource, Config> configs;
    try {
      configs = await(admin.describeConfigs(resources).all(), "describe topic configs");
    } catch (IllegalStateException e) {
      // e.g. no DESCRIBE_CONFIGS permission: partitions are still checked, the policy cannot be
      LOG.warn("Could not read the configuration of topics {}; their cleanup policy is not verified: {}",
          existing.keySet(), e.getMessage());
      configs = Map.of();
    }
    for (Map.Entry<String, TopicDescription> entry : existing.entrySet()) {
      TopicDescriptor topic = wanted.get(entry.getKey());
      String api = topic.api().getSimpleName();
      int actual = entry.getValue().partitions().size();
      if (actual < topic.partitions()) {
        problems.add(
            "topic " + topic.name() + " has " + actual + " partition(s), but @Topic(partitions = " + topic.partitions()
                + ") on " + api + " expects " + topic.partitions() + ": add partitions with kafka-topics.sh"
                + " --bootstrap-server <brokers> --alter --topic " + topic.name() + " --partitions " + topic.partitions()
                + " (keys then map to other partitions), or declare partitions = " + actual);
      } else if (actual > topic.partitions()) {
        LOG.warn(
            "Topic {} has {} partitions, more than the {} that @Topic on {} declares; Tidings uses all of them",
            topic.name(), actual, topic.partitions(), api);
      }
      Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()));
      if (config == null) {
        continue;
      }
      String policy = value(config, TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
      boolean compacted = policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT);
      if (compacted != topic.compacted()) {
        String expected = topic.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE;
        problems.add(
            "topic " + topic.name() + " has cleanup.policy=" + policy + ", but @Topic(compacted = " + topic.compacted()
                + ") on " + api + " expects cleanup.policy=" + expected + ": change it with kafka-configs.sh"
                + " --bootstrap-server <brokers> --alter --entity-type topics --entity-name " + topic.name()
                + " --add-config cleanup.policy=" + expected + ", or change the declaration");
      }
      if (topic.retention() != null) {
        String retention = value(config, TopicConfig.RETENTION_MS_CONFIG, null);
        if (retention != null && !retention.equals(String.valueOf(topic.retention().toMillis()))) {
          LOG.warn(
              "Topic {} has retention.ms={}, but @Topic on {} declares {} ({} ms); the broker's setting applies",
              topic.name(), retention, api, topic.retention(), topic.retention().toMillis());
        }
      }
    }
  }

  /**
   * Waits until every partition of freshly created topics is served by its leader. Producing to a
   * partition while the broker still applies its creation can make an idempotent producer lose a
   * batch (KAFKA-15591), so {@code prepare} returns only once each partition answers a request
   * (DescribeProducers) that its leader's replica manager handles.
   */
  private void awaitLeaders(List<TopicDescriptor> topics) {
    if (topics.isEmpty()) {
      return;
    }
    List<TopicPartition> partitions = new ArrayList<>();
    for (TopicDescriptor topic : topics) {
      for (int partition = 0; partition < topic.partitions(); partition++) {
        partitions.add(new TopicPartition(topic.name(), partition));
      }
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        admin.describeProducers(partitions).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException | TimeoutException e) {
        if (System.nanoTime() > deadline) {
          LOG.warn("Created topics are not served by their leaders after {} ms: {}", timeout.toMillis(), e.toString());
          return;
        }
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static String value(Config config, String name, String fallback) {
    if (config == null) {
      return fallback;
    }
    ConfigEntry entry = config.get(name);
    return entry == null || entry.value() == null ? fallback : entry.value();
  }

  private static String createCommand(TopicDescriptor topic) {
    StringBuilder command = new StringBuilder("kafka-topics.sh --bootstrap-server <brokers> --create --topic ")
        .append(topic.name()).append(" --partitions ").append(topic.partitions());
    if (topic.replicas() > 0) {
      command.append(" --replication-factor ").append(topic.replicas());
    }
    if (topic.compacted()) {
      command.append(" --config cleanup.policy=compact");
    }
    if (topic.retention() != null) {
      command.append(" --config retention.ms=").append(topic.retention().toMillis());
    }
    return command.toString();
  }

  private <T> T await(KafkaFuture<T> future, String what) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UnknownTopicOrPartitionException || cause instanceof TopicExistsException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException("Could not " + what + ": " + cause, cause);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Could not " + what + " within " + timeout.toMillis() + " ms: is the cluster in KAFKA_BROKERS reachable?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while trying to " + what, e);
    }
  }
}
