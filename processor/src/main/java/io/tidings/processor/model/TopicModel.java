package io.tidings.processor.model;

import io.tidings.processor.read.TopicAnnotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * A {@code @Topic} interface as parsed: its annotation and every abstract method the publisher must
 * implement, in declaration order (declared methods first, then inherited ones).
 *
 * @param element the interface, to report on
 * @param display its name for messages
 * @param annotation its {@code @Topic}
 * @param methods its publish methods
 */
public record TopicModel(
    TypeElement element, String display, TopicAnnotation annotation, List<PublishMethod> methods) {

  /** Copies the methods. */
  public TopicModel {
    methods = List.copyOf(methods);
  }

  /** The payload types published, each once, in the order of the first method publishing it. */
  public List<EventTypeModel> eventTypes() {
    List<EventTypeModel> eventTypes = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (PublishMethod method : methods) {
      List<Parameter> payloads = method.withRole(Role.PAYLOAD);
      if (payloads.size() != 1 || payloads.get(0).type().getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement type = (TypeElement) ((DeclaredType) payloads.get(0).type()).asElement();
      if (seen.add(type.getQualifiedName().toString())) {
        eventTypes.add(new EventTypeModel(type.getSimpleName().toString(), type, method, payloads.get(0)));
      }
    }
    return eventTypes;
  }

  /** The first {@code @Key} parameter of a supported type, which fixes the key type, or {@code null}. */
  public Parameter keyParameter() {
    for (PublishMethod method : methods) {
      for (Parameter key : method.withRole(Role.KEY)) {
        if (key.keyType() != null) {
          return key;
        }
      }
    }
    return null;
  }

  /** The topic's key type, or {@code null} if no publish method takes a (supported) key. */
  public KeyType keyType() {
    Parameter key = keyParameter();
    return key == null ? null : key.keyType();
  }

  /** The {@code @Header} parameters of the methods that publish {@code payload}, in order. */
  public List<Parameter> headersFor(TypeElement payload) {
    List<Parameter> headers = new ArrayList<>();
    for (PublishMethod method : methods) {
      List<Parameter> payloads = method.withRole(Role.PAYLOAD);
      if (payloads.size() == 1
          && payloads.get(0).type().getKind() == TypeKind.DECLARED
          && ((DeclaredType) payloads.get(0).type()).asElement().equals(payload)) {
        headers.addAll(method.withRole(Role.HEADER));
      }
    }
    return headers;
  }

  /** The header names written by the methods that publish {@code payload}, sorted. */
  public Set<String> headersWrittenFor(TypeElement payload) {
    Set<String> names = new TreeSet<>();
    headersFor(payload).forEach(header -> names.add(header.header().name()));
    return names;
  }
}
