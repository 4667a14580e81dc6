package io.tidings.processor.model;

import io.tidings.processor.read.ConsumesAnnotation;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One {@code @Consumes} method.
 *
 * @param element the method, to report on
 * @param display {@code BookingProjector.on(BookingCreated)}, for messages and the route table
 * @param annotation its {@code @Consumes}
 * @param topic the topic it consumes, or {@code null} if the annotation names no {@code @Topic}
 *     interface
 * @param parameters its parameters in order
 * @param returnType its return type
 * @param returns what it returns, or {@code null} if a consumer method cannot return that
 * @param failure its {@code @Retry} and {@code @OnFailure}, and its class's
 */
public record ConsumerMethod(
    ExecutableElement element,
    String display,
    ConsumesAnnotation annotation,
    TopicModel topic,
    List<Parameter> parameters,
    TypeMirror returnType,
    ConsumerReturn returns,
    FailureModel failure) {

  /** Copies the parameters. */
  public ConsumerMethod {
    parameters = List.copyOf(parameters);
  }

  /** The method's name. */
  public String name() {
    return element.getSimpleName().toString();
  }

  /** The qualified name of the runtime's dead-letter type. */
  public static final String DEAD_LETTER = "io.tidings.runtime.DeadLetter";

  /**
   * The payload type a payload parameter stands for: its own type, or {@code T} of a {@code
   * DeadLetter<T>}.
   */
  public static javax.lang.model.type.TypeMirror payloadOf(javax.lang.model.type.TypeMirror type) {
    if (type.getKind() == javax.lang.model.type.TypeKind.DECLARED) {
      javax.lang.model.type.DeclaredType declared = (javax.lang.model.type.DeclaredType) type;
      javax.lang.model.element.TypeElement element = (javax.lang.model.element.TypeElement) declared.asElement();
      if (element.getQualifiedName().contentEquals(DEAD_LETTER) && declared.getTypeArguments().size() == 1) {
        return declared.getTypeArguments().get(0);
      }
    }
    return type;
  }

  /** Whether this method reads its topic's dead letters: its payload parameter is a {@code DeadLetter<T>}. */
  public boolean readsDeadLetters() {
    List<Parameter> payloads = withRole(Role.PAYLOAD);
    return payloads.size() == 1 && payloadOf(payloads.get(0).type()) != payloads.get(0).type();
  }

  /** The parameters with the given role, in order. */
  public List<Parameter> withRole(Role role) {
    return parameters.stream().filter(parameter -> parameter.role() == role).toList();
  }
}
