package io.tidings.runtime.internal;

import io.tidings.runtime.spi.EventType;
import io.tidings.runtime.spi.StandardHeaders;
import io.tidings.runtime.spi.TopicDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The topics of an application by name, checked for agreement: several descriptors may name one
 * topic (two interfaces declaring it, or a consumer's view of it) only if they agree on how it is
 * laid out. Immutable.
 */
public final class Topics {
  private final Map<String, TopicDescriptor> byName;
  private final Map<String, List<String>> carried;

  private Topics(Map<String, TopicDescriptor> byName, Map<String, List<String>> carried) {
    this.byName = byName;
    this.carried = carried;
  }

  /**
   * Merges {@code descriptors} by name.
   *
   * @throws IllegalStateException naming both declarations if two descriptors of one name disagree
   */
  public static Topics of(Collection<TopicDescriptor> descriptors) {
    Map<String, TopicDescriptor> byName = new LinkedHashMap<>();
    Map<String, List<String>> carried = new LinkedHashMap<>();
    List<String> conflicts = new ArrayList<>();
    for (TopicDescriptor descriptor : descriptors) {
      TopicDescriptor first = byName.putIfAbsent(descriptor.name(), descriptor);
      if (first != null && first != descriptor) {
        String difference = difference(first, descriptor);
        if (difference != null) {
          conflicts.add("topic " + descriptor.name() + " is declared by " + first.api().getName() + " and by "
              + descriptor.api().getName() + ", which disagree on " + difference);
        }
      }
      List<String> names = carried.get(descriptor.name());
      if (names == null) {
        names = new ArrayList<>();
        carried.put(descriptor.name(), names);
      }
      for (EventType<?> eventType : descriptor.eventTypes()) {
        if (!names.contains(eventType.name())) {
          names.add(eventType.name());
        }
      }
    }
    if (!conflicts.isEmpty()) {
      throw new IllegalStateException(
          "Tidings cannot start: " + String.join("; ", conflicts)
              + ". Make every declaration of a topic agree (or give one of them another topic name) and rebuild.");
    }
    return new Topics(byName, carried);
  }

  private static String difference(TopicDescriptor a, TopicDescriptor b) {
    if (a.partitions() != b.partitions()) {
      return "partitions (" + a.partitions() + " vs " + b.partitions() + ")";
    } else if (a.format() != b.format()) {
      return "format (" + a.format() + " vs " + b.format() + ")";
    } else if (!Objects.equals(a.keyType(), b.keyType())) {
      return "key type (" + name(a.keyType()) + " vs " + name(b.keyType()) + ")";
    } else if (a.replicas() != b.replicas()) {
      return "replicas (" + a.replicas() + " vs " + b.replicas() + ")";
    } else if (!Objects.equals(a.retention(), b.retention())) {
      return "retention (" + a.retention() + " vs " + b.retention() + ")";
    } else if (a.compacted() != b.compacted()) {
      return "compaction (" + a.compacted() + " vs " + b.compacted() + ")";
    }
    return null;
  }

  private static String name(Class<?> type) {
    return type == null ? "no key" : type.getSimpleName();
  }

  /** One descriptor per topic name, in first-seen order. */
  public Collection<TopicDescriptor> all() {
    return byName.values();
  }

  /** The descriptor of topic {@code name}, or {@code null}. */
  public TopicDescriptor get(String name) {
    return byName.get(name);
  }

  /** The event types any declaration of topic {@code name} carries. */
  public List<String> eventTypes(String name) {
    return carried.getOrDefault(name, List.of());
  }

  /**
   * Every topic and its dead-letter topic: the dead-letter topic has the same partitions (so a key
   * keeps its partition number) and carries no event types of its own.
   */
  public List<TopicDescriptor> withDeadLetterTopics() {
    return withDeadLetterTopics(StandardHeaders.DLQ_SUFFIX, Map.of());
  }

  /**
   * Every topic, its dead-letter topic named with {@code suffix}, and the dead-letter topics that
   * consumers chose themselves ({@code custom}: dead-letter topic name to the topic it serves), each
   * laid out like the topic it serves.
   */
  public List<TopicDescriptor> withDeadLetterTopics(String suffix, Map<String, TopicDescriptor> custom) {
    List<TopicDescriptor> all = new ArrayList<>(byName.values());
    List<String> names = new ArrayList<>(byName.keySet());
    for (TopicDescriptor topic : byName.values()) {
      String name = topic.name() + suffix;
      if (!topic.name().endsWith(suffix) && !names.contains(name)) {
        names.add(name);
        all.add(deadLetterTopic(topic, name));
      }
    }
    for (Map.Entry<String, TopicDescriptor> entry : custom.entrySet()) {
      if (!names.contains(entry.getKey())) {
        names.add(entry.getKey());
        all.add(deadLetterTopic(entry.getValue(), entry.getKey()));
      }
    }
    return all;
  }

  private static TopicDescriptor deadLetterTopic(TopicDescriptor topic, String name) {
    return new TopicDescriptor(
        name,
        topic.api(),
        topic.partitions(),
        topic.format(),
        topic.replicas(),
        topic.retention(),
        topic.compacted(),
        topic.keyType(),
        List.of());
  }

  /** The descriptor of {@code topic}'s dead-letter topic. */
  public static TopicDescriptor deadLetterTopic(TopicDescriptor topic) {
    return deadLetterTopic(topic, topic.deadLetterTopic());
  }
}
