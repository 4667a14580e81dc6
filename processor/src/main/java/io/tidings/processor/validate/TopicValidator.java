package io.tidings.processor.validate;

import io.tidings.processor.diag.Message;
import io.tidings.processor.diag.Report;
import io.tidings.processor.model.Display;
import io.tidings.processor.model.EventTypeModel;
import io.tidings.processor.model.Parameter;
import io.tidings.processor.model.PublishMethod;
import io.tidings.processor.model.Role;
import io.tidings.processor.model.TopicModel;
import io.tidings.processor.payload.PayloadProblem;
import io.tidings.processor.read.TopicAnnotation;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * Checks one topic on its own: the interface, its {@code @Topic} values and every publish method.
 * Adds every problem to the report; checks that need other topics are in {@link TopicConflicts}.
 */
public final class TopicValidator {
  private static final int MAX_NAME_LENGTH = 249;
  private static final Pattern ILLEGAL_CHARACTER = Pattern.compile("[^a-zA-Z0-9._-]");

  private final Predicate<Element> inThisCompilation;

  /**
   * Creates a validator.
   *
   * @param inThisCompilation whether an element has a source position in this compilation (so a
   *     payload problem can be reported on it directly)
   */
  public TopicValidator(Predicate<Element> inThisCompilation) {
    this.inThisCompilation = inThisCompilation;
  }

  /** Adds every problem of {@code topic} to {@code report}. */
  public void validate(TopicModel topic, Report report) {
    TypeElement element = topic.element();
    TopicAnnotation annotation = topic.annotation();
    if (element.getKind() != ElementKind.INTERFACE) {
      report.add(
          Message.TOPIC_NOT_INTERFACE, element, annotation.mirror(), null, topic.display(), kind(element), topic.display());
      return;
    }
    if (!element.getTypeParameters().isEmpty()) {
      report.add(Message.TOPIC_GENERIC, element, topic.display(), element.getTypeParameters());
    }
    if (isPrivate(element)) {
      report.add(Message.TOPIC_INACCESSIBLE, element, topic.display());
    }
    checkAnnotation(topic, report);
    for (PublishMethod method : topic.methods()) {
      checkMethod(topic, method, report);
    }
    checkKeysAgree(topic, report);
    checkEventTypes(topic, report);
  }

  private static void checkAnnotation(TopicModel topic, Report report) {
    TypeElement element = topic.element();
    TopicAnnotation annotation = topic.annotation();
    String problem = nameProblem(annotation.name());
    if (problem != null) {
      report.add(
          Message.TOPIC_NAME_INVALID, element, annotation.mirror(), annotation.value("name"), annotation.name(), problem);
    }
    if (annotation.partitions() < 1) {
      report.add(
          Message.PARTITIONS_INVALID,
          element,
          annotation.mirror(),
          annotation.value("partitions"),
          annotation.partitions(),
          topic.display());
    }
    if (annotation.replicas() == 0 || annotation.replicas() < -1) {
      report.add(
          Message.REPLICAS_INVALID,
          element,
          annotation.mirror(),
          annotation.value("replicas"),
          annotation.replicas(),
          topic.display());
    }
    if (!annotation.retention().isEmpty()) {
      try {
        Duration retention = Duration.parse(annotation.retention());
        if (retention.isNegative() || retention.isZero()) {
          report.add(
              Message.RETENTION_NOT_POSITIVE,
              element,
              annotation.mirror(),
              annotation.value("retention"),
              annotation.retention(),
              topic.display());
        }
      } catch (DateTimeParseException e) {
        report.add(
            Message.RETENTION_INVALID,
            element,
            annotation.mirror(),
            annotation.value("retention"),
            annotation.retention(),
            topic.display());
      }
    }
  }

  /** Why Kafka would reject {@code name}, or {@code null} if it would not. */
  static String nameProblem(String name) {
    if (name.isEmpty()) {
      return "it is empty";
    }
    if (name.equals(".") || name.equals("..")) {
      return "Kafka reserves \"" + name + "\"";
    }
    if (name.length() > MAX_NAME_LENGTH) {
      return "it has " + name.length() + " characters, more than " + MAX_NAME_LENGTH;
    }
    Matcher illegal = ILLEGAL_CHARACTER.matcher(name);
    if (illegal.find()) {
      return "it contains '" + illegal.group() + "' at index " + illegal.start();
    }
    return null;
  }

  private void checkMethod(TopicModel topic, PublishMethod method, Report report) {
    if (!method.element().getTypeParameters().isEmpty()) {
      report.add(Message.PUBLISH_GENERIC, method.element(), method.display(), method.element().getTypeParameters());
    }
    if (method.returns() == null) {
      report.add(Message.PUBLISH_RETURN_UNSUPPORTED, method.element(), method.display(), Display.of(method.returnType()));
    }
    ParameterChecks.check(method.display(), method.parameters(), report);
    for (Parameter metadata : method.withRole(Role.METADATA)) {
      report.add(Message.PUBLISH_METADATA, metadata.element(), metadata.name(), method.display());
    }
    List<Parameter> payloads = method.withRole(Role.PAYLOAD);
    if (payloads.isEmpty()) {
      report.add(Message.PUBLISH_NO_PAYLOAD, method.element(), method.display());
    } else if (payloads.size() > 1) {
      report.add(
          Message.PUBLISH_TWO_PAYLOADS,
          payloads.get(1).element(),
          method.display(),
          payloads.size(),
          Display.list(ParameterChecks.names(payloads)));
    } else {
      checkPayload(method, payloads.get(0), report);
    }
    if (topic.annotation().compacted() && !ParameterChecks.hasRole(method.parameters(), Role.KEY)) {
      report.add(Message.COMPACTED_WITHOUT_KEY, method.element(), topic.display(), method.display());
    }
    Map<String, Parameter> headers = new HashMap<>();
    for (Parameter header : method.withRole(Role.HEADER)) {
      Parameter first = headers.putIfAbsent(header.header().name(), header);
      if (first != null) {
        report.add(
            Message.HEADER_DUPLICATE,
            header.element(),
            header.header().mirror(),
            header.header().value(),
            method.display(),
            header.header().name(),
            first.name(),
            header.name());
      }
    }
  }

  private void checkPayload(PublishMethod method, Parameter payload, Report report) {
    if (payload.type().getKind() == TypeKind.TYPEVAR) {
      return; // a type parameter of the topic or method, reported as such
    }
    for (PayloadProblem problem : payload.payload().problems()) {
      if (problem.element() != null && inThisCompilation.test(problem.element())) {
        report.addText(Message.PAYLOAD_PROBLEM, problem.element(), problem.message());
      } else {
        report.addText(
            Message.PAYLOAD_PROBLEM,
            payload.element(),
            Message.via(method.display() + "(" + payload.name() + ")", problem.message()));
      }
    }
  }

  private static void checkKeysAgree(TopicModel topic, Report report) {
    Parameter first = topic.keyParameter();
    if (first == null) {
      return;
    }
    String firstMethod = methodOf(topic, first);
    for (PublishMethod method : topic.methods()) {
      for (Parameter key : method.withRole(Role.KEY)) {
        if (key.keyType() != null && !key.keyType().sameKeyAs(first.keyType())) {
          report.add(
              Message.KEY_TYPES_DISAGREE,
              key.element(),
              method.display(),
              Display.of(key.type()),
              firstMethod,
              Display.of(first.type()));
        }
      }
    }
  }

  private static String methodOf(TopicModel topic, Parameter parameter) {
    for (PublishMethod method : topic.methods()) {
      if (method.parameters().contains(parameter)) {
        return method.display();
      }
    }
    return topic.display();
  }

  private static void checkEventTypes(TopicModel topic, Report report) {
    Map<String, EventTypeModel> byName = new HashMap<>();
    for (EventTypeModel eventType : topic.eventTypes()) {
      EventTypeModel first = byName.putIfAbsent(eventType.name(), eventType);
      if (first != null) {
        report.add(
            Message.DUPLICATE_EVENT_TYPE,
            eventType.parameter().element(),
            topic.display(),
            eventType.name(),
            first.type().getQualifiedName(),
            eventType.type().getQualifiedName());
      }
    }
  }

  private static String kind(TypeElement element) {
    switch (element.getKind()) {
      case ENUM:
        return "an enum";
      case ANNOTATION_TYPE:
        return "an annotation type";
      case RECORD:
        return "a record";
      default:
        return "a class";
    }
  }

  static boolean isPrivate(Element element) {
    for (Element e = element; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }
}
