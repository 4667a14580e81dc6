package io.tidings.processor.read;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * The value of one {@code @Header} annotation.
 *
 * @param mirror the annotation
 * @param name the header name
 * @param value the name's annotation value, to report on
 */
public record HeaderAnnotation(AnnotationMirror mirror, String name, AnnotationValue value) {}
