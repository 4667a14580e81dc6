package io.tidings.processor.validate;

import io.tidings.processor.diag.Message;
import io.tidings.processor.diag.Report;
import io.tidings.processor.model.ConsumerMethod;
import io.tidings.processor.model.ConsumerModel;
import io.tidings.processor.model.Display;
import io.tidings.processor.model.EventTypeModel;
import io.tidings.processor.model.HeaderType;
import io.tidings.processor.model.KeyType;
import io.tidings.processor.model.Parameter;
import io.tidings.processor.model.Role;
import io.tidings.processor.model.TopicModel;
import io.tidings.processor.read.AnnotationReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Checks a consumer class: that Guice can create it, that the dispatcher can call each {@code
 * @Consumes} method, and that each method matches its topic (payload carried, key type, headers).
 */
public final class ConsumerValidator {
  private final AnnotationReader reader;
  private final Types types;
  private final FailureValidator failures = new FailureValidator();

  /** Creates a validator. */
  public ConsumerValidator(AnnotationReader reader, Types types) {
    this.reader = reader;
    this.types = types;
  }

  /** Adds every problem of {@code consumer} to {@code report}. */
  public void validate(ConsumerModel consumer, Report report) {
    checkCreatable(consumer, report);
    Map<String, ConsumerMethod> routes = new HashMap<>();
    if (!consumer.methods().isEmpty()) {
      failures.validateClass(consumer.element(), consumer.methods().get(0).failure(), report);
    }
    for (ConsumerMethod method : consumer.methods()) {
      checkMethod(method, report);
      failures.validateMethod(method.element(), method.display(), method.failure(), report);
      checkAgainstTopic(method, report);
      checkUniqueRoute(method, routes, report);
    }
  }

  private void checkCreatable(ConsumerModel consumer, Report report) {
    TypeElement type = consumer.element();
    Element enclosing = type.getEnclosingElement();
    String display = consumer.display();
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      report.add(Message.CONSUMER_NOT_CLASS, type, display,
          type.getKind() == ElementKind.INTERFACE ? "an interface" : "an " + kindName(type));
      return;
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      report.add(Message.CONSUMER_ABSTRACT, type, display);
      return;
    }
    if (!(enclosing instanceof TypeElement) && !(enclosing instanceof PackageElement)) {
      report.add(Message.CONSUMER_LOCAL, type, display);
      return;
    }
    if (enclosing instanceof TypeElement outer && !type.getModifiers().contains(Modifier.STATIC)) {
      report.add(Message.CONSUMER_INNER, type, display, Display.of(outer));
      return;
    }
    if (TopicValidator.isPrivate(type)) {
      report.add(
          type.getModifiers().contains(Modifier.PRIVATE) ? Message.CONSUMER_PRIVATE : Message.CONSUMER_IN_PRIVATE,
          type,
          display);
      return;
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.add(Message.CONSUMER_GENERIC, type, display, type.getTypeParameters());
      return;
    }
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
    List<ExecutableElement> injected =
        constructors.stream().filter(reader::isInject).collect(Collectors.toList());
    if (injected.size() > 1) {
      report.add(Message.CONSUMER_TWO_INJECT_CONSTRUCTORS, injected.get(1), consumer.display());
    } else if (injected.isEmpty()
        && constructors.stream().noneMatch(
            constructor -> constructor.getParameters().isEmpty()
                && !constructor.getModifiers().contains(Modifier.PRIVATE))) {
      report.add(Message.CONSUMER_NO_CONSTRUCTOR, type, display);
    }
  }

  private void checkMethod(ConsumerMethod method, Report report) {
    ExecutableElement element = method.element();
    if (method.topic() == null) {
      report.add(
          Message.CONSUMES_NOT_TOPIC,
          element,
          method.annotation().mirror(),
          method.annotation().value("topic"),
          Display.of(method.annotation().topic()),
          method.display(),
          Display.of(method.annotation().topic()));
    }
    if (method.annotation().group().isBlank()) {
      report.add(
          Message.GROUP_BLANK,
          element,
          method.annotation().mirror(),
          method.annotation().value("group"),
          method.annotation().group(),
          method.display());
    }
    Set<Modifier> modifiers = element.getModifiers();
    if (modifiers.contains(Modifier.PRIVATE)) {
      report.add(Message.CONSUMER_METHOD_PRIVATE, element, method.display());
    }
    if (modifiers.contains(Modifier.STATIC)) {
      report.add(Message.CONSUMER_METHOD_STATIC, element, method.display());
    }
    if (modifiers.contains(Modifier.ABSTRACT)) {
      report.add(Message.CONSUMER_METHOD_ABSTRACT, element, method.display());
    }
    if (!element.getTypeParameters().isEmpty()) {
      report.add(Message.CONSUMER_METHOD_GENERIC, element, method.display(), element.getTypeParameters());
    }
    if (method.returns() == null) {
      report.add(Message.CONSUMER_RETURN_UNSUPPORTED, element, method.display(), Display.of(method.returnType()));
    }
    ParameterChecks.check(method.display(), method.parameters(), report);
    List<Parameter> metadata = method.withRole(Role.METADATA);
    if (metadata.size() > 1) {
      report.add(
          Message.CONSUMER_SECOND_METADATA, metadata.get(1).element(), method.display(), metadata.get(0).name(), metadata.get(1).name());
    }
    List<Parameter> payloads = method.withRole(Role.PAYLOAD);
    if (payloads.isEmpty()) {
      String topic = method.topic() == null ? "the topic" : method.topic().display();
      report.add(Message.CONSUMER_NO_PAYLOAD, element, method.display(), topic, carried(method.topic()));
    } else if (payloads.size() > 1) {
      report.add(
          Message.CONSUMER_TWO_PAYLOADS,
          payloads.get(1).element(),
          method.display(),
          payloads.size(),
          Display.list(ParameterChecks.names(payloads)));
    }
  }

  private void checkAgainstTopic(ConsumerMethod method, Report report) {
    TopicModel topic = method.topic();
    List<Parameter> payloads = method.withRole(Role.PAYLOAD);
    if (topic == null || payloads.size() != 1) {
      return;
    }
    Parameter payload = payloads.get(0);
    EventTypeModel eventType = eventTypeOf(topic, payload);
    if (eventType == null) {
      String type = Display.of(ConsumerMethod.payloadOf(payload.type()));
      report.add(Message.NOT_CARRIED, payload.element(), topic.display(), carried(topic), type, type, topic.display());
    }
    for (Parameter key : method.withRole(Role.KEY)) {
      if (key.keyType() == null) {
        continue;
      }
      KeyType topicKey = topic.keyType();
      if (topicKey == null) {
        report.add(
            Message.KEY_ON_KEYLESS_TOPIC, key.element(), topic.display(), method.display(), key.name(), topic.display());
      } else if (!topicKey.sameKeyAs(key.keyType())) {
        String expected = Display.of(topic.keyParameter().type());
        report.add(
            Message.KEY_MISMATCH,
            key.element(),
            topic.display(),
            expected,
            key.name(),
            method.display(),
            Display.of(key.type()),
            expected);
      }
    }
    if (eventType == null) {
      return;
    }
    Set<String> written = topic.headersWrittenFor(eventType.type());
    for (Parameter header : method.withRole(Role.HEADER)) {
      String name = header.header().name();
      if (!name.isBlank() && !written.contains(name)) {
        report.add(
            Message.HEADER_NOT_WRITTEN,
            header.element(),
            header.header().mirror(),
            header.header().value(),
            method.display(),
            name,
            topic.display(),
            eventType.name(),
            written.isEmpty()
                ? "no headers"
                : Display.list(written.stream().map(h -> "\"" + h + "\"").toList()));
      } else {
        checkHeaderType(method, topic, eventType, header, report);
      }
    }
  }

  /** Warns when a header is read as another type than it is written (String reads anything). */
  private void checkHeaderType(
      ConsumerMethod method, TopicModel topic, EventTypeModel eventType, Parameter header, Report report) {
    if (header.headerType() == null || header.headerType() == HeaderType.STRING) {
      return;
    }
    for (Parameter written : topic.headersFor(eventType.type())) {
      if (!written.header().name().equals(header.header().name()) || written.headerType() == null) {
        continue;
      }
      boolean same = written.headerType().unboxed() == header.headerType().unboxed()
          && (header.headerType() != HeaderType.ENUM || types.isSameType(written.type(), header.type()));
      if (!same) {
        report.add(
            Message.HEADER_TYPE_MISMATCH,
            header.element(),
            header.header().mirror(),
            header.header().value(),
            method.display(),
            header.header().name(),
            Display.of(header.type()),
            methodOf(topic, written),
            Display.of(written.type()),
            Display.of(written.type()));
        return;
      }
    }
  }

  private static String methodOf(TopicModel topic, Parameter parameter) {
    return topic.methods().stream()
        .filter(publish -> publish.parameters().contains(parameter))
        .map(publish -> publish.display())
        .findFirst()
        .orElse(topic.display());
  }

  private static void checkUniqueRoute(ConsumerMethod method, Map<String, ConsumerMethod> routes, Report report) {
    List<Parameter> payloads = method.withRole(Role.PAYLOAD);
    if (method.topic() == null || payloads.size() != 1) {
      return;
    }
    EventTypeModel eventType = eventTypeOf(method.topic(), payloads.get(0));
    if (eventType == null) {
      return;
    }
    String route = method.topic().element().getQualifiedName() + (method.readsDeadLetters() ? " dead letters" : "")
        + "\n" + method.annotation().group() + "\n" + eventType.type().getQualifiedName();
    ConsumerMethod first = routes.putIfAbsent(route, method);
    if (first != null) {
      report.add(
          Message.DUPLICATE_ROUTE,
          method.element(),
          first.display(),
          method.display(),
          eventType.name(),
          method.topic().display(),
          method.annotation().group());
    }
  }

  /**
   * The event type {@code payload} names (for a {@code DeadLetter<T>}, the event type of {@code T}),
   * or {@code null} if the topic does not carry its type.
   */
  public static EventTypeModel eventTypeOf(TopicModel topic, Parameter payload) {
    javax.lang.model.type.TypeMirror payloadType = ConsumerMethod.payloadOf(payload.type());
    if (payloadType.getKind() != TypeKind.DECLARED) {
      return null;
    }
    Element type = ((DeclaredType) payloadType).asElement();
    for (EventTypeModel eventType : topic.eventTypes()) {
      if (eventType.type().equals(type)) {
        return eventType;
      }
    }
    return null;
  }

  private static String carried(TopicModel topic) {
    if (topic == null) {
      return "nothing";
    }
    return Display.list(topic.eventTypes().stream().map(EventTypeModel::name).toList());
  }

  private static String kindName(TypeElement type) {
    return type.getKind() == ElementKind.ENUM ? "enum" : "annotation type";
  }
}
