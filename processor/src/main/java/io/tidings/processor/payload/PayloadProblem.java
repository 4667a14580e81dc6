package io.tidings.processor.payload;

import javax.lang.model.element.Element;

/**
 * One reason a type cannot be a payload.
 *
 * @param element the field or accessor in source to report on, or {@code null}
 * @param message the full text: what is wrong, the path, how to fix it
 */
public record PayloadProblem(Element element, String message) {}
