package io.tidings.processor.read;

import io.tidings.processor.model.Display;
import io.tidings.processor.model.Parameter;
import io.tidings.processor.model.PublishMethod;
import io.tidings.processor.model.PublishReturn;
import io.tidings.processor.model.TopicModel;
import io.tidings.processor.payload.Payloads;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Parses a {@code @Topic} interface into a {@link TopicModel}: every abstract method, declared or
 * inherited from a super-interface (default and static methods are left alone), with parameter and
 * return types as seen from the topic interface. Never validates; throws {@link NotReadyException}
 * if a type is not generated yet.
 */
public final class TopicParser {
  private static final String RECEIPT = "io.tidings.runtime.Receipt";

  private final Elements elements;
  private final Types types;
  private final AnnotationReader reader;
  private final ParameterParser parameters;

  /** Creates a parser for one processor run. */
  public TopicParser(ProcessingEnvironment env, AnnotationReader reader, Payloads payloads) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.reader = reader;
    this.parameters = new ParameterParser(reader, payloads);
  }

  /** Parses {@code element}, which carries {@code @Topic}. */
  public TopicModel parse(TypeElement element) {
    TopicAnnotation annotation =
        reader.topic(element).orElseThrow(() -> new IllegalArgumentException(element + " has no @Topic"));
    String display = Display.of(element);
    List<PublishMethod> methods = new ArrayList<>();
    if (element.getKind() == ElementKind.INTERFACE) {
      DeclaredType self = (DeclaredType) element.asType();
      for (ExecutableElement method : abstractMethods(element)) {
        ExecutableType type = (ExecutableType) types.asMemberOf(self, method);
        methods.add(parseMethod(display, method, type));
      }
    }
    return new TopicModel(element, display, annotation, methods);
  }

  private PublishMethod parseMethod(String topic, ExecutableElement method, ExecutableType type) {
    List<Parameter> parsed = new ArrayList<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      parsed.add(parameters.parse(method.getParameters().get(i), type.getParameterTypes().get(i), true));
    }
    TypeMirror returnType = type.getReturnType();
    TypeReadiness.require(returnType);
    return new PublishMethod(
        method, topic + "." + method.getSimpleName(), parsed, returnType, returns(returnType), method.isVarArgs());
  }

  private static PublishReturn returns(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID) {
      return PublishReturn.VOID;
    }
    if (isNamed(type, RECEIPT)) {
      return PublishReturn.RECEIPT;
    }
    if ((isNamed(type, "java.util.concurrent.CompletionStage")
            || isNamed(type, "java.util.concurrent.CompletableFuture"))
        && ((DeclaredType) type).getTypeArguments().size() == 1
        && isNamed(((DeclaredType) type).getTypeArguments().get(0), RECEIPT)) {
      return PublishReturn.FUTURE;
    }
    return null;
  }

  static boolean isNamed(TypeMirror type, String name) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(name);
  }

  /**
   * The abstract methods an implementation of {@code topic} must implement, each once: declared
   * ones first in source order, then those of each super-interface, depth first. Methods that a
   * more specific method (abstract or default) overrides, and redeclared {@code Object} methods,
   * are skipped.
   */
  private List<ExecutableElement> abstractMethods(TypeElement topic) {
    List<ExecutableElement> all = new ArrayList<>();
    collect(topic, all, new HashSet<>());
    DeclaredType self = (DeclaredType) topic.asType();
    List<ExecutableElement> result = new ArrayList<>();
    for (ExecutableElement method : all) {
      if (!method.getModifiers().contains(Modifier.ABSTRACT) || isObjectMethod(method)) {
        continue;
      }
      boolean overridden = false;
      for (ExecutableElement other : all) {
        if (other != method && elements.overrides(other, method, topic)) {
          overridden = true;
          break;
        }
      }
      for (ExecutableElement kept : result) {
        if (kept.getSimpleName().equals(method.getSimpleName())
            && types.isSubsignature(
                (ExecutableType) types.asMemberOf(self, kept), (ExecutableType) types.asMemberOf(self, method))) {
          overridden = true;
          break;
        }
      }
      if (!overridden) {
        result.add(method);
      }
    }
    return result;
  }

  private void collect(TypeElement type, List<ExecutableElement> into, Set<String> seen) {
    if (!seen.add(type.getQualifiedName().toString())) {
      return;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (!method.getModifiers().contains(Modifier.STATIC) && !method.getModifiers().contains(Modifier.PRIVATE)) {
        into.add(method);
      }
    }
    for (TypeMirror superInterface : type.getInterfaces()) {
      TypeReadiness.require(superInterface);
      collect((TypeElement) types.asElement(superInterface), into, seen);
    }
  }

  private static boolean isObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    int arity = method.getParameters().size();
    return (arity == 0 && (name.equals("toString") || name.equals("hashCode")))
        || (arity == 1 && name.equals("equals")
            && isNamed(method.getParameters().get(0).asType(), "java.lang.Object"));
  }
}
