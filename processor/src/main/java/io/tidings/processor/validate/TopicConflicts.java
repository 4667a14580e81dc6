package io.tidings.processor.validate;

import io.tidings.processor.diag.Message;
import io.tidings.processor.diag.Report;
import io.tidings.processor.model.EventTypeModel;
import io.tidings.processor.model.KeyType;
import io.tidings.processor.model.TopicModel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;

/**
 * Checks that every {@code @Topic} interface declaring one topic name agrees with the others on key
 * type, payloads, partitions and format. Remembers the first declaration of each name for the
 * whole processor run; a disagreement in the same round is reported on both interfaces, each
 * naming the other. Not thread-safe.
 */
public final class TopicConflicts {
  private final Map<String, Declaration> firstByName = new HashMap<>();

  /** Checks one round's topics against each other and against earlier rounds. */
  public void check(List<TopicModel> topics, Map<TopicModel, Report> reports) {
    Map<String, TopicModel> thisRound = new HashMap<>();
    for (TopicModel topic : topics) {
      if (topic.element().getKind() != ElementKind.INTERFACE) {
        continue;
      }
      Declaration declaration = Declaration.of(topic);
      Declaration first = firstByName.putIfAbsent(topic.annotation().name(), declaration);
      if (first == null) {
        thisRound.put(topic.annotation().name(), topic);
        continue;
      }
      if (first.qualifiedName().equals(declaration.qualifiedName())) {
        continue;
      }
      TopicModel firstModel = thisRound.get(topic.annotation().name());
      for (Map.Entry<String, String> aspect : declaration.aspects().entrySet()) {
        String mine = aspect.getValue();
        String theirs = first.aspects().get(aspect.getKey());
        if (Objects.equals(mine, theirs)) {
          continue;
        }
        report(reports.get(topic), topic, first.display(), aspect.getKey(), mine, theirs);
        if (firstModel != null) {
          report(reports.get(firstModel), firstModel, declaration.display(), aspect.getKey(), theirs, mine);
        }
      }
    }
  }

  private static void report(Report report, TopicModel topic, String other, String aspect, String mine, String theirs) {
    if (report == null) {
      return;
    }
    report.add(
        Message.TOPIC_CONFLICT,
        topic.element(),
        topic.annotation().mirror(),
        topic.annotation().value("name"),
        topic.display(),
        other,
        topic.annotation().name(),
        aspect,
        mine,
        theirs);
  }

  private record Declaration(String qualifiedName, String display, Map<String, String> aspects) {
    static Declaration of(TopicModel topic) {
      Map<String, String> aspects = new LinkedHashMap<>();
      KeyType key = topic.keyType();
      aspects.put("the key type", key == null ? "no key" : key.boxed().toString());
      aspects.put(
          "the payload types",
          topic.eventTypes().stream()
              .map(EventTypeModel::type)
              .map(type -> type.getQualifiedName().toString())
              .sorted()
              .collect(Collectors.joining(", ", "[", "]")));
      aspects.put("partitions", Integer.toString(topic.annotation().partitions()));
      aspects.put("the format", topic.annotation().format());
      return new Declaration(topic.element().getQualifiedName().toString(), topic.display(), aspects);
    }
  }
}
