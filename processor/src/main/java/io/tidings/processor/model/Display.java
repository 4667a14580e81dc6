package io.tidings.processor.model;

import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * How declarations are named in messages and generated strings: types by their simple names from
 * the outermost type inward ({@code Outer.BookingEvents}), without the package.
 */
public final class Display {
  private Display() {}

  /** {@code BookingEvents}, or {@code Outer.BookingEvents} for a nested type. */
  public static String of(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    Element enclosing = type.getEnclosingElement();
    while (enclosing instanceof TypeElement outer) {
      name.insert(0, outer.getSimpleName() + ".");
      enclosing = outer.getEnclosingElement();
    }
    return name.toString();
  }

  /** A type as a reader writes it: {@code BookingCreated}, {@code List<String>}, {@code byte[]}. */
  public static String of(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      String name = of((TypeElement) declared.asElement());
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      return arguments.isEmpty()
          ? name
          : name + arguments.stream().map(Display::of).collect(Collectors.joining(", ", "<", ">"));
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return of(((ArrayType) type).getComponentType()) + "[]";
    }
    return type.toString();
  }

  /** Names joined as a reader would list them: {@code A}, {@code A and B}, {@code A, B and C}. */
  public static String list(List<String> names) {
    if (names.isEmpty()) {
      return "nothing";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
