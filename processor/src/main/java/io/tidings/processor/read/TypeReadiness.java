package io.tidings.processor.read;

import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Finds types that javac could not resolve yet ({@link TypeKind#ERROR}), however deep. */
final class TypeReadiness {
  private TypeReadiness() {}

  /** Throws {@link NotReadyException} if {@code type} or a type it is built from is missing. */
  static void require(TypeMirror type) {
    if (type == null) {
      return;
    }
    switch (type.getKind()) {
      case ERROR:
        throw new NotReadyException(type.toString());
      case ARRAY:
        require(((ArrayType) type).getComponentType());
        break;
      case DECLARED:
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          require(argument);
        }
        break;
      case WILDCARD:
        require(((WildcardType) type).getExtendsBound());
        require(((WildcardType) type).getSuperBound());
        break;
      default:
        break;
    }
  }
}
