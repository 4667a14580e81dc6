package io.tidings.processor.payload;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A payload type Tidings can encode, as its codec writers see it: a record (built through its
 * canonical constructor) or a JavaBean (built with its no-arg constructor, then its setters), and
 * its properties in a stable order. Holds no problem: a type with problems has no model.
 *
 * @param type the record or bean class
 * @param record whether it is a record
 * @param properties its JSON properties, in declaration order
 * @param suppressedWarnings the lint categories the codec must suppress because it uses deprecated
 *     API of the payload ({@code deprecation}, {@code removal}), sorted; usually empty
 */
record PayloadModel(
    TypeElement type, boolean record, List<Property> properties, List<String> suppressedWarnings) {

  /**
   * One JSON property.
   *
   * @param name the JSON field name, as Jackson derives it by default
   * @param javaType the declared Java type
   * @param value how the value is encoded
   * @param getter how the codec reads the property from a payload
   * @param setter how the codec sets it on a bean; {@code null} for a record (its canonical
   *     constructor takes every property)
   * @param element where the property is declared (record component, getter or public field): its
   *     annotations ({@code @Decimal}, {@code @Nullable}) and Javadoc, and where to report on it
   */
  record Property(
      String name,
      TypeMirror javaType,
      ValueType value,
      Accessor getter,
      Accessor setter,
      Element element) {}

  /**
   * A method or public field that reads or sets a property.
   *
   * @param name the method or field name
   * @param field whether it is a field
   */
  record Accessor(String name, boolean field) {}
}
