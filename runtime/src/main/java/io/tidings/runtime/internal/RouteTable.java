package io.tidings.runtime.internal;

import io.tidings.runtime.spi.Dispatcher;
import io.tidings.runtime.spi.Route;
import io.tidings.runtime.spi.StandardHeaders;
import io.tidings.runtime.spi.TopicDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each record of one consumer group goes: topic, then event type, to one dispatcher route.
 * Built once at start, immutable and thread-safe afterwards.
 */
public final class RouteTable {

  /** One consumer method: the dispatcher that calls it and its route. */
  public record Target(Dispatcher dispatcher, Route route) {}

  private final String group;
  private final Map<String, Map<String, Target>> byTopic;
  private final Map<String, TopicDescriptor> topics;
  private final java.util.Set<String> deadLetterTopics;

  private RouteTable(
      String group,
      Map<String, Map<String, Target>> byTopic,
      Map<String, TopicDescriptor> topics,
      java.util.Set<String> deadLetterTopics) {
    this.group = group;
    this.byTopic = byTopic;
    this.topics = topics;
    this.deadLetterTopics = java.util.Set.copyOf(deadLetterTopics);
  }

  /** Whether {@code topic} is a dead-letter topic this group reads (its records are never dead-lettered again). */
  public boolean isDeadLetterTopic(String topic) {
    return deadLetterTopics.contains(topic);
  }

  /** The event types the records of {@code topic} may carry, as this group sees it. */
  public List<String> eventTypes(String topic) {
    TopicDescriptor descriptor = topics.get(topic);
    return descriptor == null ? List.of() : descriptor.eventTypes().stream().map(type -> type.name()).toList();
  }

  /**
   * One table per consumer group, by group name (sorted).
   *
   * @throws IllegalStateException naming both methods if two claim one topic, group and event type
   */
  public static Map<String, RouteTable> build(Collection<Dispatcher> dispatchers, Topics known) {
    return build(dispatchers, known, StandardHeaders.DLQ_SUFFIX);
  }

  /**
   * One table per consumer group, by group name (sorted); routes that read dead letters are filed
   * under {@code <topic><deadLetterSuffix>}.
   *
   * @throws IllegalStateException naming both methods if two claim one topic, group and event type
   */
  public static Map<String, RouteTable> build(Collection<Dispatcher> dispatchers, Topics known, String deadLetterSuffix) {
    Map<String, TopicDescriptor> deadLetterTopics = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, Target>>> groups = new TreeMap<>();
    List<String> conflicts = new ArrayList<>();
    for (Dispatcher dispatcher : dispatchers) {
      for (Route route : dispatcher.routes()) {
        if (route.group() == null || route.group().isBlank()) {
          throw new IllegalStateException(route.method() + " has no consumer group: set @Consumes(group = \"...\")");
        }
        String topicName = route.topic().name();
        if (route.deadLetters()) {
          topicName = topicName + deadLetterSuffix;
          TopicDescriptor original = known.get(route.topic().name());
          deadLetterTopics.putIfAbsent(topicName, new TopicDescriptor(
              topicName, original.api(), original.partitions(), original.format(), original.replicas(),
              original.retention(), original.compacted(), original.keyType(), original.eventTypes()));
        }
        Map<String, Map<String, Target>> byTopic = groups.get(route.group());
        if (byTopic == null) {
          byTopic = new LinkedHashMap<>();
          groups.put(route.group(), byTopic);
        }
        Map<String, Target> types = byTopic.get(topicName);
        if (types == null) {
          types = new LinkedHashMap<>();
          byTopic.put(topicName, types);
        }
        Target previous = types.putIfAbsent(route.eventType(), new Target(dispatcher, route));
        if (previous != null) {
          conflicts.add(previous.route().method() + " and " + route.method() + " both handle " + route.eventType()
              + " from topic " + topicName + " in group " + route.group());
        }
      }
    }
    if (!conflicts.isEmpty()) {
      throw new IllegalStateException(
          "Tidings cannot start: " + String.join("; ", conflicts)
              + ". Each record goes to exactly one method per group: move one of the methods to another group"
              + " (@Consumes(group = ...)), or merge them into one method.");
    }
    Map<String, RouteTable> tables = new LinkedHashMap<>();
    // Loops rather than lambdas here and above: this runs once, at start-up, where each lambda costs linkage.
    for (Map.Entry<String, Map<String, Map<String, Target>>> group : groups.entrySet()) {
      Map<String, TopicDescriptor> topics = new LinkedHashMap<>();
      for (String name : group.getValue().keySet()) {
        topics.put(name, deadLetterTopics.containsKey(name) ? deadLetterTopics.get(name) : known.get(name));
      }
      tables.put(group.getKey(), new RouteTable(group.getKey(), group.getValue(), topics, deadLetterTopics.keySet()));
    }
    return tables;
  }

  /** The consumer group. */
  public String group() {
    return group;
  }

  /** The topics this group consumes. */
  public Collection<TopicDescriptor> topics() {
    return topics.values();
  }

  /** The method handling {@code eventType} on {@code topic}, or {@code null}. */
  public Target target(String topic, String eventType) {
    Map<String, Target> types = byTopic.get(topic);
    return types == null ? null : types.get(eventType);
  }

  /** Every target of this group, topic by topic. */
  public List<Target> targets() {
    List<Target> all = new ArrayList<>();
    for (Map<String, Target> types : byTopic.values()) {
      all.addAll(types.values());
    }
    return all;
  }

  /** One line for the start-up log: each topic with its event types and methods. */
  public String summary() {
    StringBuilder line = new StringBuilder("group ").append(group).append(':');
    byTopic.forEach((topic, types) -> {
      line.append(' ').append(topic).append(" [");
      List<String> entries = new ArrayList<>();
      types.forEach((type, target) -> entries.add(type + " -> " + target.route().method()));
      line.append(String.join(", ", entries)).append(']');
    });
    return line.toString();
  }
}
