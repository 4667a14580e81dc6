package io.tidings.processor.model;

import javax.lang.model.element.TypeElement;

/**
 * One payload type a topic carries.
 *
 * @param name the event-type header value: the payload's simple name
 * @param type the payload type
 * @param method the first publish method that publishes it
 * @param parameter that method's payload parameter, to report on
 */
public record EventTypeModel(String name, TypeElement type, PublishMethod method, Parameter parameter) {}
