package io.tidings.processor.read;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * The values of one {@code @Topic} annotation, read from its mirror (defaults applied), with the
 * mirror and the values written in source kept to report on.
 *
 * @param mirror the annotation
 * @param name the topic name
 * @param partitions the partition count
 * @param format the name of the {@code Format} constant
 * @param replicas the replication factor, or -1
 * @param retention the retention as written, or empty
 * @param compacted whether the topic is compacted
 * @param compatibility the name of the {@code Compatibility} constant
 * @param explicit the values written in source, by member name
 */
public record TopicAnnotation(
    AnnotationMirror mirror,
    String name,
    int partitions,
    String format,
    short replicas,
    String retention,
    boolean compacted,
    String compatibility,
    Map<String, AnnotationValue> explicit) {

  /** The value of {@code member} as written in source, or {@code null} if it has its default. */
  public AnnotationValue value(String member) {
    return explicit.get(member);
  }
}
