package io.tidings.processor.model;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** The header types Tidings can convert, with the {@code HeaderValues} method that decodes each. */
public enum HeaderType {
  /** {@code String}. */
  STRING("decodeString"),
  /** {@code boolean}. */
  BOOLEAN("decodeBoolean"),
  /** {@code Boolean}. */
  BOOLEAN_BOXED("decodeBooleanOrNull"),
  /** {@code byte}. */
  BYTE("decodeByte"),
  /** {@code Byte}. */
  BYTE_BOXED("decodeByteOrNull"),
  /** {@code short}. */
  SHORT("decodeShort"),
  /** {@code Short}. */
  SHORT_BOXED("decodeShortOrNull"),
  /** {@code char}. */
  CHAR("decodeChar"),
  /** {@code Character}. */
  CHAR_BOXED("decodeCharOrNull"),
  /** {@code int}. */
  INT("decodeInt"),
  /** {@code Integer}. */
  INT_BOXED("decodeIntOrNull"),
  /** {@code long}. */
  LONG("decodeLong"),
  /** {@code Long}. */
  LONG_BOXED("decodeLongOrNull"),
  /** {@code float}. */
  FLOAT("decodeFloat"),
  /** {@code Float}. */
  FLOAT_BOXED("decodeFloatOrNull"),
  /** {@code double}. */
  DOUBLE("decodeDouble"),
  /** {@code Double}. */
  DOUBLE_BOXED("decodeDoubleOrNull"),
  /** Any enum, by constant name; decoding passes the enum class. */
  ENUM("decodeEnum"),
  /** {@code UUID}. */
  UUID("decodeUuid");

  private final String decoder;

  HeaderType(String decoder) {
    this.decoder = decoder;
  }

  /** The {@code HeaderValues} method that decodes this type. */
  public String decoder() {
    return decoder;
  }

  /** The type without boxing: {@code INT} for both {@code int} and {@code Integer}. */
  public HeaderType unboxed() {
    return name().endsWith("_BOXED") ? valueOf(name().substring(0, name().length() - "_BOXED".length())) : this;
  }

  /** The header type of {@code type}, or {@code null} if it has no header codec. */
  public static HeaderType of(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return BOOLEAN;
      case BYTE:
        return BYTE;
      case SHORT:
        return SHORT;
      case CHAR:
        return CHAR;
      case INT:
        return INT;
      case LONG:
        return LONG;
      case FLOAT:
        return FLOAT;
      case DOUBLE:
        return DOUBLE;
      case DECLARED:
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (element.getKind() == ElementKind.ENUM) {
          return ENUM;
        }
        switch (element.getQualifiedName().toString()) {
          case "java.lang.String":
            return STRING;
          case "java.lang.Boolean":
            return BOOLEAN_BOXED;
          case "java.lang.Byte":
            return BYTE_BOXED;
          case "java.lang.Short":
            return SHORT_BOXED;
          case "java.lang.Character":
            return CHAR_BOXED;
          case "java.lang.Integer":
            return INT_BOXED;
          case "java.lang.Long":
            return LONG_BOXED;
          case "java.lang.Float":
            return FLOAT_BOXED;
          case "java.lang.Double":
            return DOUBLE_BOXED;
          case "java.util.UUID":
            return UUID;
          default:
            return null;
        }
      default:
        return null;
    }
  }
}
