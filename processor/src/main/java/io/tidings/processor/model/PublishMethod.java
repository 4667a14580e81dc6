package io.tidings.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One abstract method of a topic interface (declared or inherited), which the publisher implements.
 *
 * @param element the method, to report on
 * @param display {@code BookingEvents.created}, for messages
 * @param parameters its parameters in order
 * @param returnType its return type
 * @param returns what it returns, or {@code null} if a publish method cannot return that
 * @param varargs whether its last parameter is variable-arity
 */
public record PublishMethod(
    ExecutableElement element,
    String display,
    List<Parameter> parameters,
    TypeMirror returnType,
    PublishReturn returns,
    boolean varargs) {

  /** Copies the parameters. */
  public PublishMethod {
    parameters = List.copyOf(parameters);
  }

  /** The method's name. */
  public String name() {
    return element.getSimpleName().toString();
  }

  /** The parameters with the given role, in order. */
  public List<Parameter> withRole(Role role) {
    return parameters.stream().filter(parameter -> parameter.role() == role).toList();
  }

  /** The one payload parameter; only valid for a method that has exactly one. */
  public Parameter payload() {
    return withRole(Role.PAYLOAD).get(0);
  }
}
