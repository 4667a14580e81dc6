package io.tidings.processor.read;

import io.tidings.processor.model.ConsumerMethod;
import io.tidings.processor.model.ConsumerModel;
import io.tidings.processor.model.ConsumerReturn;
import io.tidings.processor.model.Display;
import io.tidings.processor.model.Parameter;
import io.tidings.processor.model.Role;
import io.tidings.processor.model.TopicModel;
import io.tidings.processor.payload.Payloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Parses a class with {@code @Consumes} methods into a {@link ConsumerModel}, resolving each
 * method's topic through a lookup (which parses the topic interface). Never validates; throws
 * {@link NotReadyException} if a type is not generated yet.
 */
public final class ConsumerParser {
  private final AnnotationReader reader;
  private final ParameterParser parameters;
  private final Function<TypeElement, TopicModel> topics;
  private final FailureReader failures = new FailureReader();

  /**
   * Creates a parser.
   *
   * @param topics parses a {@code @Topic} interface (may throw {@link NotReadyException})
   */
  public ConsumerParser(AnnotationReader reader, Payloads payloads, Function<TypeElement, TopicModel> topics) {
    this.reader = reader;
    this.parameters = new ParameterParser(reader, payloads);
    this.topics = topics;
  }

  /** Parses {@code type}. */
  public ConsumerModel parse(TypeElement type) {
    String display = Display.of(type);
    List<ConsumerMethod> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Optional<ConsumesAnnotation> annotation = reader.consumes(method);
      if (annotation.isPresent()) {
        methods.add(parseMethod(display, method, annotation.get()));
      }
    }
    return new ConsumerModel(type, display, methods);
  }

  private ConsumerMethod parseMethod(String owner, ExecutableElement method, ConsumesAnnotation annotation) {
    TopicModel topic = null;
    if (annotation.topic().getKind() == TypeKind.DECLARED) {
      TypeElement topicElement = (TypeElement) ((DeclaredType) annotation.topic()).asElement();
      if (topicElement.getKind() == ElementKind.INTERFACE && reader.isTopic(topicElement)) {
        topic = topics.apply(topicElement);
      }
    }
    List<Parameter> parsed = new ArrayList<>();
    for (var parameter : method.getParameters()) {
      parsed.add(parameters.parse(parameter, parameter.asType(), false));
    }
    TypeMirror returnType = method.getReturnType();
    TypeReadiness.require(returnType);
    String payloads = parsed.stream()
        .filter(parameter -> parameter.role() == Role.PAYLOAD)
        .map(parameter -> Display.of(parameter.type()))
        .collect(Collectors.joining(", "));
    return new ConsumerMethod(
        method,
        owner + "." + method.getSimpleName() + "(" + payloads + ")",
        annotation,
        topic,
        parsed,
        returnType,
        returns(returnType),
        failures.read(method));
  }

  private static ConsumerReturn returns(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID) {
      return ConsumerReturn.VOID;
    }
    if ((TopicParser.isNamed(type, "java.util.concurrent.CompletionStage")
            || TopicParser.isNamed(type, "java.util.concurrent.CompletableFuture"))
        && ((DeclaredType) type).getTypeArguments().size() == 1
        && TopicParser.isNamed(((DeclaredType) type).getTypeArguments().get(0), "java.lang.Void")) {
      return ConsumerReturn.STAGE;
    }
    return null;
  }
}
