package io.tidings.processor.read;

import io.tidings.processor.model.HeaderType;
import io.tidings.processor.model.KeyType;
import io.tidings.processor.model.Parameter;
import io.tidings.processor.model.Role;
import io.tidings.processor.payload.PayloadAnalysis;
import io.tidings.processor.payload.Payloads;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Turns method parameters into {@link Parameter}s: their role from the annotations, their codecs. */
final class ParameterParser {
  static final String METADATA = "io.tidings.runtime.Metadata";

  private final AnnotationReader reader;
  private final Payloads payloads;

  ParameterParser(AnnotationReader reader, Payloads payloads) {
    this.reader = reader;
    this.payloads = payloads;
  }

  /**
   * Parses one parameter.
   *
   * @param analyzePayload whether a payload parameter's type is analyzed (publish methods)
   */
  Parameter parse(VariableElement element, TypeMirror type, boolean analyzePayload) {
    TypeReadiness.require(type);
    boolean key = reader.isKey(element);
    Optional<HeaderAnnotation> header = reader.header(element);
    Role role;
    if (key && header.isPresent()) {
      role = Role.KEY_AND_HEADER;
    } else if (key) {
      role = Role.KEY;
    } else if (header.isPresent()) {
      role = Role.HEADER;
    } else if (isMetadata(type)) {
      role = Role.METADATA;
    } else {
      role = Role.PAYLOAD;
    }
    PayloadAnalysis payload = null;
    if (role == Role.PAYLOAD && analyzePayload) {
      payload = payloads.analyze(type);
      if (payload.deferred()) {
        throw new NotReadyException(type.toString());
      }
    }
    return new Parameter(
        element,
        element.getSimpleName().toString(),
        type,
        role,
        KeyType.of(type),
        HeaderType.of(type),
        header.orElse(null),
        payload);
  }

  private static boolean isMetadata(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(METADATA);
  }
}
