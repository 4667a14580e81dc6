package io.tidings.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A class with {@code @Consumes} methods, as parsed.
 *
 * @param element the class, to report on
 * @param display its name for messages
 * @param methods its {@code @Consumes} methods in declaration order; each becomes one route
 */
public record ConsumerModel(TypeElement element, String display, List<ConsumerMethod> methods) {
  /** Copies the methods. */
  public ConsumerModel {
    methods = List.copyOf(methods);
  }
}
