package io.tidings.kafka;

import static io.tidings.kafka.Fixtures.topic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidings.runtime.spi.TopicDescriptor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code prepare}: creating missing topics, verifying existing ones, reporting drift, or doing nothing. */
class TopicProvisioningTest {
  @RegisterExtension static final KafkaBroker KAFKA = new KafkaBroker();

  private static void prepare(KafkaSettings.Provisioning mode, TopicDescriptor... topics) {
    KafkaTransport transport = new KafkaTransport(KAFKA.settings().provisioning(mode).build());
    try {
      transport.prepare(List.of(topics));
    } finally {
      transport.close(Duration.ofSeconds(5));
    }
  }

  @Test
  void createsMissingTopicsAsDeclared() throws Exception {
    TopicDescriptor plain = topic(KafkaBroker.uniqueName("plain"), 3);
    TopicDescriptor compacted = topic(KafkaBroker.uniqueName("compacted"), 2, (short) 1, Duration.ofDays(1), true);
    prepare(KafkaSettings.Provisioning.CREATE, plain, compacted);

    try (Admin admin = KAFKA.admin()) {
      Map<String, TopicDescription> described =
          admin.describeTopics(List.of(plain.name(), compacted.name())).allTopicNames().get(30, TimeUnit.SECONDS);
      assertEquals(3, described.get(plain.name()).partitions().size());
      assertEquals(2, described.get(compacted.name()).partitions().size());
      assertEquals(1, described.get(compacted.name()).partitions().get(0).replicas().size());

      Config plainConfig = config(admin, plain.name());
      Config compactedConfig = config(admin, compacted.name());
      assertEquals("delete", plainConfig.get("cleanup.policy").value());
      assertEquals("compact", compactedConfig.get("cleanup.policy").value());
      assertEquals(String.valueOf(Duration.ofDays(1).toMillis()), compactedConfig.get("retention.ms").value());
    }

    // Preparing again finds both as declared.
    prepare(KafkaSettings.Provisioning.CREATE, plain, compacted);
    prepare(KafkaSettings.Provisioning.VERIFY, plain, compacted);
  }

  @Test
  void verifyReportsDriftWithTopicExpectedActualAndFix() {
    String name = KafkaBroker.uniqueName("drifted");
    KAFKA.createTopic(name, 1, Map.of());
    TopicDescriptor declared = topic(name, 3, (short) -1, null, true);

    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> prepare(KafkaSettings.Provisioning.VERIFY, declared));
    String message = error.getMessage();
    assertTrue(message.contains("2 problems"), message);
    assertTrue(message.contains("topic " + name + " has 1 partition(s), but @Topic(partitions = 3) on TestTopic expects 3"), message);
    assertTrue(message.contains("--alter --topic " + name + " --partitions 3"), message);
    assertTrue(message.contains("topic " + name + " has cleanup.policy=delete, but @Topic(compacted = true) on TestTopic expects cleanup.policy=compact"), message);
    assertTrue(message.contains("--add-config cleanup.policy=compact"), message);

    // create mode verifies existing topics just the same
    IllegalStateException again =
        assertThrows(IllegalStateException.class, () -> prepare(KafkaSettings.Provisioning.CREATE, declared));
    assertEquals(message, again.getMessage());
  }

  @Test
  void verifyReportsMissingTopicsAndCreatesNothing() throws Exception {
    TopicDescriptor missing = topic(KafkaBroker.uniqueName("missing"), 2);
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> prepare(KafkaSettings.Provisioning.VERIFY, missing));
    assertTrue(error.getMessage().contains("topic " + missing.name() + " (TestTopic) does not exist"), error.getMessage());
    assertTrue(error.getMessage().contains("--create --topic " + missing.name() + " --partitions 2"), error.getMessage());
    assertTrue(error.getMessage().contains("KAFKA_TOPICS=create"), error.getMessage());
    assertFalse(topicNames().contains(missing.name()));
  }

  @Test
  void moreThanTheDeclaredPartitionsIsAccepted() {
    String name = KafkaBroker.uniqueName("wider");
    KAFKA.createTopic(name, 4, Map.of());
    prepare(KafkaSettings.Provisioning.VERIFY, topic(name, 2));
  }

  @Test
  void offNeitherCreatesNorVerifies() throws Exception {
    TopicDescriptor missing = topic(KafkaBroker.uniqueName("off"), 2);
    prepare(KafkaSettings.Provisioning.OFF, missing);
    assertFalse(topicNames().contains(missing.name()));
  }

  private static Set<String> topicNames() throws Exception {
    try (Admin admin = KAFKA.admin()) {
      return admin.listTopics().names().get(30, TimeUnit.SECONDS);
    }
  }

  private static Config config(Admin admin, String topic) throws Exception {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    return admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
  }
}
