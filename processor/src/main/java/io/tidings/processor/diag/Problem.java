package io.tidings.processor.diag;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * One diagnostic, ready to print: the catalogue entry, its text, and where it points — an element,
 * and where an annotation value is wrong, the annotation and the value, so the IDE underlines the
 * token.
 *
 * @param message the catalogue entry
 * @param kind error, warning or note (the entry's own kind, unless reported as another)
 * @param text the formatted text
 * @param element the element reported on
 * @param annotation the annotation on {@code element} reported on, or {@code null}
 * @param value the value within {@code annotation} reported on, or {@code null}
 */
public record Problem(
    Message message, Diagnostic.Kind kind, String text, Element element, AnnotationMirror annotation, AnnotationValue value) {}
