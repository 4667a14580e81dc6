package io.tidings.processor.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The key types Tidings can encode, with the {@code Keys} method that decodes each. */
public enum KeyType {
  /** {@code String}. */
  STRING(ClassName.get(String.class), "decodeString"),
  /** {@code UUID}. */
  UUID(ClassName.get(java.util.UUID.class), "decodeUuid"),
  /** {@code long}: a record without key cannot be decoded. */
  LONG(ClassName.get(Long.class), "decodeLong"),
  /** {@code Long}. */
  LONG_BOXED(ClassName.get(Long.class), "decodeLongOrNull"),
  /** {@code int}: a record without key cannot be decoded. */
  INT(ClassName.get(Integer.class), "decodeInt"),
  /** {@code Integer}. */
  INT_BOXED(ClassName.get(Integer.class), "decodeIntOrNull"),
  /** {@code byte[]}, unchanged. */
  BYTES(ArrayTypeName.of(TypeName.BYTE), "decodeBytes");

  private final TypeName boxed;
  private final String decoder;

  KeyType(TypeName boxed, String decoder) {
    this.boxed = boxed;
    this.decoder = decoder;
  }

  /** The type the topic descriptor names ({@code Long.class} for {@code long}). */
  public TypeName boxed() {
    return boxed;
  }

  /** The {@code Keys} method that decodes this type. */
  public String decoder() {
    return decoder;
  }

  /** Whether keys of the two types have the same bytes ({@code long} and {@code Long} do). */
  public boolean sameKeyAs(KeyType other) {
    return boxed.equals(other.boxed);
  }

  /** The key type of {@code type}, or {@code null} if it has no key codec. */
  public static KeyType of(TypeMirror type) {
    switch (type.getKind()) {
      case LONG:
        return LONG;
      case INT:
        return INT;
      case ARRAY:
        return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE ? BYTES : null;
      case DECLARED:
        String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
        switch (name) {
          case "java.lang.String":
            return STRING;
          case "java.util.UUID":
            return UUID;
          case "java.lang.Long":
            return LONG_BOXED;
          case "java.lang.Integer":
            return INT_BOXED;
          default:
            return null;
        }
      default:
        return null;
    }
  }
}
