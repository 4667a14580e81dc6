package io.tidings.processor.read;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.type.TypeMirror;

/**
 * The values of one {@code @Consumes} annotation, read from its mirror.
 *
 * @param mirror the annotation
 * @param topic the {@code topic} class, as a type
 * @param group the consumer group
 * @param explicit the values written in source, by member name
 */
public record ConsumesAnnotation(
    AnnotationMirror mirror, TypeMirror topic, String group, Map<String, AnnotationValue> explicit) {

  /** The value of {@code member} as written in source, or {@code null}. */
  public AnnotationValue value(String member) {
    return explicit.get(member);
  }
}
