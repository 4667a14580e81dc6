package io.tidings.processor.read;

import io.tidings.processor.model.FailureModel;
import io.tidings.processor.model.FailureModel.Mapping;
import io.tidings.processor.model.FailureModel.OnFailureAnnotation;
import io.tidings.processor.model.FailureModel.RetryAnnotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads {@code @Retry} and {@code @OnFailure} from a consumer method and its class, from their
 * mirrors, keeping only the members written in source. Throws {@link NotReadyException} if a listed
 * exception type is not generated yet.
 */
public final class FailureReader {
  /** The qualified name of {@code @Retry}. */
  public static final String RETRY = "io.tidings.annotations.Retry";
  /** The qualified name of {@code @OnFailure}. */
  public static final String ON_FAILURE = "io.tidings.annotations.OnFailure";

  /** The failure annotations that apply to {@code method}. */
  public FailureModel read(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    return new FailureModel(retry(owner), retry(method), onFailure(owner), onFailure(method));
  }

  private static RetryAnnotation retry(Element element) {
    AnnotationMirror mirror = find(element, RETRY);
    return mirror == null ? null : new RetryAnnotation(element, mirror, explicit(mirror));
  }

  private static OnFailureAnnotation onFailure(Element element) {
    AnnotationMirror mirror = find(element, ON_FAILURE);
    if (mirror == null) {
      return null;
    }
    Map<String, AnnotationValue> values = explicit(mirror);
    AnnotationValue topic = values.get("deadLetterTopic");
    String topicName = topic != null && topic.getValue() instanceof String text && !text.isEmpty() ? text : null;
    return new OnFailureAnnotation(
        element, mirror, types(values.get("permanent")), types(values.get("business")), topicName, topic);
  }

  private static List<Mapping> types(AnnotationValue value) {
    List<Mapping> mappings = new ArrayList<>();
    if (value == null) {
      return mappings;
    }
    Object raw = value.getValue();
    List<AnnotationValue> items = new ArrayList<>();
    if (raw instanceof List<?> list) {
      for (Object item : list) {
        items.add((AnnotationValue) item);
      }
    } else {
      items.add(value);
    }
    for (AnnotationValue item : items) {
      if (!(item.getValue() instanceof TypeMirror type) || type.getKind() == TypeKind.ERROR) {
        throw new NotReadyException(String.valueOf(item.getValue()));
      }
      if (type.getKind() == TypeKind.DECLARED) {
        mappings.add(new Mapping(type, item));
      }
    }
    return mappings;
  }

  private static AnnotationMirror find(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(name)) {
        return mirror;
      }
    }
    return null;
  }

  private static Map<String, AnnotationValue> explicit(AnnotationMirror mirror) {
    Map<String, AnnotationValue> byName = new LinkedHashMap<>();
    mirror.getElementValues().forEach((member, value) -> byName.put(member.getSimpleName().toString(), value));
    return Map.copyOf(byName);
  }
}
