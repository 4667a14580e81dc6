package io.tidings.processor.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The one place that reads Tidings annotations, always from {@link AnnotationMirror}s: {@code
 * Class}-valued members come back as {@link TypeMirror}s (never through {@code getAnnotation()},
 * which would fail on types not compiled yet), enum members as constant names.
 */
public final class AnnotationReader {
  /** The qualified name of {@code @Topic}. */
  public static final String TOPIC = "io.tidings.annotations.Topic";
  /** The qualified name of {@code @Consumes}. */
  public static final String CONSUMES = "io.tidings.annotations.Consumes";
  /** The qualified name of {@code @Key}. */
  public static final String KEY = "io.tidings.annotations.Key";
  /** The qualified name of {@code @Header}. */
  public static final String HEADER = "io.tidings.annotations.Header";
  /** The qualified name of {@code @Decimal}. */
  public static final String DECIMAL = "io.tidings.annotations.Decimal";
  /** The {@code @Inject} annotations Guice honours. */
  public static final Set<String> INJECT = Set.of("jakarta.inject.Inject", "com.google.inject.Inject");

  private final Elements elements;

  /** Creates a reader. */
  public AnnotationReader(Elements elements) {
    this.elements = elements;
  }

  /** The {@code @Topic} on {@code element}, if any. */
  public Optional<TopicAnnotation> topic(Element element) {
    return find(element, TOPIC).map(mirror -> {
      Map<String, AnnotationValue> values = withDefaults(mirror);
      return new TopicAnnotation(
          mirror,
          read(values, "name", String.class),
          read(values, "partitions", Integer.class),
          read(values, "format", VariableElement.class).getSimpleName().toString(),
          read(values, "replicas", Short.class),
          read(values, "retention", String.class),
          read(values, "compacted", Boolean.class),
          read(values, "compatibility", VariableElement.class).getSimpleName().toString(),
          explicit(mirror));
    });
  }

  /** The {@code @Consumes} on {@code method}, if any. */
  public Optional<ConsumesAnnotation> consumes(Element method) {
    return find(method, CONSUMES).map(mirror -> {
      Map<String, AnnotationValue> values = withDefaults(mirror);
      return new ConsumesAnnotation(
          mirror, read(values, "topic", TypeMirror.class), read(values, "group", String.class), explicit(mirror));
    });
  }

  /** The {@code @Header} on {@code parameter}, if any. */
  public Optional<HeaderAnnotation> header(Element parameter) {
    return find(parameter, HEADER).map(mirror -> {
      Map<String, AnnotationValue> values = withDefaults(mirror);
      return new HeaderAnnotation(mirror, read(values, "value", String.class), explicit(mirror).get("value"));
    });
  }

  /** Whether {@code parameter} carries {@code @Key}. */
  public boolean isKey(Element parameter) {
    return find(parameter, KEY).isPresent();
  }

  /** Whether {@code element} is annotated with {@code @Topic}. */
  public boolean isTopic(Element element) {
    return find(element, TOPIC).isPresent();
  }

  /** Whether {@code element} carries an {@code @Inject} annotation Guice honours. */
  public boolean isInject(Element element) {
    return element.getAnnotationMirrors().stream().anyMatch(mirror -> INJECT.contains(nameOf(mirror)));
  }

  private static Optional<AnnotationMirror> find(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (nameOf(mirror).equals(name)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  private static String nameOf(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private Map<String, AnnotationValue> withDefaults(AnnotationMirror mirror) {
    return byName(elements.getElementValuesWithDefaults(mirror));
  }

  private static Map<String, AnnotationValue> explicit(AnnotationMirror mirror) {
    return Map.copyOf(byName(mirror.getElementValues()));
  }

  private static Map<String, AnnotationValue> byName(
      Map<? extends ExecutableElement, ? extends AnnotationValue> values) {
    Map<String, AnnotationValue> byName = new LinkedHashMap<>();
    values.forEach((member, value) -> byName.put(member.getSimpleName().toString(), value));
    return byName;
  }

  /**
   * One member's value as {@code type}. A value of another kind means javac could not resolve it
   * (an unknown constant or class): the declaration waits for the next round, and javac reports
   * the error itself if it never resolves.
   */
  private static <T> T read(Map<String, AnnotationValue> values, String member, Class<T> type) {
    AnnotationValue value = values.get(member);
    Object raw = value == null ? null : value.getValue();
    if (raw instanceof TypeMirror mirror && mirror.getKind() == TypeKind.ERROR) {
      throw new NotReadyException(mirror.toString());
    }
    if (!type.isInstance(raw)) {
      throw new NotReadyException("the value of " + member);
    }
    return type.cast(raw);
  }
}
