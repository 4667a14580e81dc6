package io.tidings.example.bookings;

import io.tidings.kafka.KafkaSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/** Counts the records in dead-letter topics on a Kafka cluster, for the example's summary. */
final class KafkaDeadLetters {
  private KafkaDeadLetters() {}

  /** The number of records in {@code topics} (topics that do not exist count 0). */
  static long count(KafkaSettings settings, List<String> topics) {
    try (Admin admin = Admin.create(settings.adminConfig())) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<String> present = topics.stream().filter(existing::contains).toList();
      if (present.isEmpty()) {
        return 0;
      }
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      for (TopicDescription topic : admin.describeTopics(present).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
        topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
      }
      long count = 0;
      for (ListOffsetsResult.ListOffsetsResultInfo info : admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values()) {
        count += info.offset();
      }
      return count;
    } catch (Exception e) {
      throw new IllegalStateException("could not count dead letters in " + new ArrayList<>(topics) + ": " + e, e);
    }
  }
}
