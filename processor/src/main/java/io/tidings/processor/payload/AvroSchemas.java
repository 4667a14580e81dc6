package io.tidings.processor.payload;

import io.tidings.processor.diag.Message.PayloadPart;
import io.tidings.processor.payload.PayloadModel.Property;
import io.tidings.processor.payload.ValueType.CollectionOf;
import io.tidings.processor.payload.ValueType.EnumValue;
import io.tidings.processor.payload.ValueType.MapOf;
import io.tidings.processor.payload.ValueType.Nested;
import io.tidings.processor.payload.ValueType.OptionalOf;
import io.tidings.processor.payload.ValueType.Scalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * Derives a payload's canonical Avro schema from its Java type, at compile time: a record per
 * record or bean (namespace the package and enclosing types, name the simple name, doc from the
 * Javadoc), an enum per enum (symbols in declaration order), arrays for {@code List}/{@code
 * Set}/{@code Collection}, maps for {@code Map<String, V>}, unions with {@code null} (default
 * {@code null}) for {@code Optional} and {@code @Nullable} references, and the logical types of the
 * README's table ({@code Instant} → {@code timestamp-micros}, {@code LocalDate} → {@code date},
 * {@code LocalDateTime} → {@code local-timestamp-micros}, {@code UUID} → {@code uuid}, {@code
 * BigDecimal} → {@code decimal} with the precision and scale of its {@code @Decimal}). Types Avro
 * has no faithful encoding for ({@code BigInteger}, {@code OffsetDateTime}, {@code Duration}) are
 * problems with a fix.
 *
 * <p>Works on the models {@link Payloads} accepted; results are cached per payload type. Not
 * thread-safe, like the processor that owns it.
 */
public final class AvroSchemas {
  static final String DECIMAL = "io.tidings.annotations.Decimal";
  private static final Pattern AVRO_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Elements elements;
  private final Payloads payloads;
  private final Map<String, AvroPayload> derived = new HashMap<>();
  private final Map<String, AvroPayload> canonical = new HashMap<>();
  /** Whether the derivation under way maps what Avro cannot represent to strings (JSON topics). */
  private boolean lenient;

  /** Creates the deriver for one processor run, over the run's {@link Payloads}. */
  public AvroSchemas(Elements elements, Payloads payloads) {
    this.elements = elements;
    this.payloads = payloads;
  }

  /**
   * The Avro schema of an {@link PayloadAnalysis#ok() ok} payload, or the problems that keep it from
   * having one (each on the field, with the fix).
   */
  public AvroPayload derive(PayloadAnalysis analysis) {
    return derive(analysis, false, derived);
  }

  /**
   * The canonical schema of a payload on a JSON topic: as {@link #derive}, except that the types
   * Avro has no faithful encoding for ({@code BigDecimal} without {@code @Decimal}, {@code
   * BigInteger}, {@code OffsetDateTime}, {@code Duration}) are described as {@code string}, so
   * every JSON payload has a schema its evolution can be checked on.
   */
  public AvroPayload canonical(PayloadAnalysis analysis) {
    return derive(analysis, true, canonical);
  }

  private AvroPayload derive(PayloadAnalysis analysis, boolean lenient, Map<String, AvroPayload> cache) {
    String key = analysis.type().getQualifiedName().toString();
    AvroPayload cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    this.lenient = lenient;
    Map<String, PayloadModel> models = new LinkedHashMap<>();
    for (PayloadModel model : payloads.models(analysis)) {
      models.put(model.type().getQualifiedName().toString(), model);
    }
    List<PayloadProblem> problems = new ArrayList<>();
    Map<String, Schema> named = new HashMap<>();
    Schema schema = record(models.get(key), models, named, problems);
    AvroPayload payload =
        new AvroPayload(analysis.type(), problems.isEmpty() ? schema : null, problems);
    cache.put(key, payload);
    return payload;
  }

  /**
   * The element that declares the field at {@code path} (record field names from the payload root),
   * or the payload type itself if the path is empty or leads to a field the Java type no longer has.
   */
  public Element fieldElement(PayloadAnalysis analysis, List<String> path) {
    Map<String, PayloadModel> models = new HashMap<>();
    for (PayloadModel model : payloads.models(analysis)) {
      models.put(model.type().getQualifiedName().toString(), model);
    }
    PayloadModel model = models.get(analysis.type().getQualifiedName().toString());
    Element found = analysis.type();
    for (String name : path) {
      if (model == null) {
        break;
      }
      Property match = null;
      for (Property property : model.properties()) {
        if (property.name().equals(name)) {
          match = property;
        }
      }
      if (match == null) {
        break;
      }
      found = placeable(match.element());
      model = null;
      ValueType value = match.value();
      while (value != null && !(value instanceof Nested)) {
        value =
            value instanceof CollectionOf c
                ? c.element()
                : value instanceof MapOf m
                    ? m.value()
                    : value instanceof OptionalOf o ? o.value() : null;
      }
      if (value instanceof Nested nested) {
        model = models.get(nested.type().getQualifiedName().toString());
      }
    }
    return found;
  }

  /**
   * The problems of a payload whose schema is declared in a file ({@code @AvroSchema}): one per
   * difference between the declared schema and the one derived from the Java type, on the field.
   */
  public List<PayloadProblem> matchDeclared(
      PayloadAnalysis analysis, Schema declared, Schema derived, String resource) {
    List<PayloadProblem> problems = new ArrayList<>();
    for (SchemaMatch.Mismatch mismatch : SchemaMatch.compare(declared, derived)) {
      String field =
          Payloads.displayName(analysis.type())
              + (mismatch.path().isEmpty() ? "" : "." + String.join(".", mismatch.path()));
      problems.add(
          new PayloadProblem(
              fieldElement(analysis, mismatch.path()),
              PayloadPart.AVRO_SCHEMA_MISMATCH.of(field, resource, mismatch.java(), mismatch.declared())));
    }
    return problems;
  }

  private Schema record(
      PayloadModel model,
      Map<String, PayloadModel> models,
      Map<String, Schema> named,
      List<PayloadProblem> problems) {
    TypeElement type = model.type();
    String qualified = type.getQualifiedName().toString();
    Schema existing = named.get(qualified);
    if (existing != null) {
      return existing;
    }
    if (!checkName(type.getSimpleName().toString(), type, Payloads.displayName(type), problems)) {
      return null;
    }
    Schema record =
        Schema.createRecord(
            type.getSimpleName().toString(), typeDoc(type), namespace(type), false);
    named.put(qualified, record);
    List<Schema.Field> fields = new ArrayList<>();
    for (Property property : model.properties()) {
      String path = Payloads.displayName(type) + "." + property.name();
      if (!checkName(property.name(), placeable(property.element()), path, problems)) {
        continue;
      }
      Schema value = value(property.value(), property, path, models, named, problems);
      if (value == null) {
        continue;
      }
      boolean nullable = !(property.value() instanceof OptionalOf) && isNullable(property);
      if (nullable) {
        value = Schema.createUnion(Schema.create(Schema.Type.NULL), value);
      }
      Object defaultValue =
          nullable || property.value() instanceof OptionalOf ? Schema.Field.NULL_DEFAULT_VALUE : null;
      fields.add(new Schema.Field(property.name(), value, fieldDoc(type, property), defaultValue));
    }
    record.setFields(fields);
    return record;
  }

  private Schema value(
      ValueType value,
      Property property,
      String path,
      Map<String, PayloadModel> models,
      Map<String, Schema> named,
      List<PayloadProblem> problems) {
    if (value instanceof Scalar scalar) {
      return scalar(scalar, property, path, problems);
    } else if (value instanceof EnumValue enumValue) {
      return enumSchema(enumValue.type(), named, path, problems);
    } else if (value instanceof Nested nested) {
      return record(
          models.get(nested.type().getQualifiedName().toString()), models, named, problems);
    } else if (value instanceof CollectionOf collection) {
      Schema items = value(collection.element(), property, path, models, named, problems);
      return items == null ? null : Schema.createArray(items);
    } else if (value instanceof MapOf map) {
      Schema values = value(map.value(), property, path, models, named, problems);
      return values == null ? null : Schema.createMap(values);
    } else {
      Schema content =
          value(((OptionalOf) value).value(), property, path, models, named, problems);
      return content == null
          ? null
          : Schema.createUnion(Schema.create(Schema.Type.NULL), content);
    }
  }

  private Schema scalar(Scalar scalar, Property property, String path, List<PayloadProblem> problems) {
    switch (scalar.suffix()) {
      case "Boolean":
      case "BooleanOrNull":
        return Schema.create(Schema.Type.BOOLEAN);
      case "Byte":
      case "ByteOrNull":
      case "Short":
      case "ShortOrNull":
      case "Int":
      case "IntOrNull":
      case "Char":
      case "CharOrNull":
        return Schema.create(Schema.Type.INT);
      case "Long":
      case "LongOrNull":
        return Schema.create(Schema.Type.LONG);
      case "Float":
      case "FloatOrNull":
        return Schema.create(Schema.Type.FLOAT);
      case "Double":
      case "DoubleOrNull":
        return Schema.create(Schema.Type.DOUBLE);
      case "String":
        return Schema.create(Schema.Type.STRING);
      case "Bytes":
        return Schema.create(Schema.Type.BYTES);
      case "Uuid":
        return LogicalTypes.uuid().addToSchema(Schema.create(Schema.Type.STRING));
      case "Instant":
        return LogicalTypes.timestampMicros().addToSchema(Schema.create(Schema.Type.LONG));
      case "LocalDate":
        return LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
      case "LocalDateTime":
        return LogicalTypes.localTimestampMicros().addToSchema(Schema.create(Schema.Type.LONG));
      case "BigDecimal":
        {
          int[] decimal = decimal(property);
          if (decimal == null && lenient) {
            return Schema.create(Schema.Type.STRING);
          }
          if (decimal == null) {
            problems.add(problem(property, path, PayloadPart.AVRO_DECIMAL_MISSING));
            return null;
          }
          if (decimal[0] < 1 || decimal[1] < 0 || decimal[1] > decimal[0]) {
            problems.add(
                problem(property, path, PayloadPart.AVRO_DECIMAL_INVALID, decimal[0], decimal[1]));
            return null;
          }
          return LogicalTypes.decimal(decimal[0], decimal[1])
              .addToSchema(Schema.create(Schema.Type.BYTES));
        }
      case "BigInteger":
        if (lenient) {
          return Schema.create(Schema.Type.STRING);
        }
        problems.add(problem(property, path, PayloadPart.AVRO_BIG_INTEGER));
        return null;
      case "OffsetDateTime":
        if (lenient) {
          return Schema.create(Schema.Type.STRING);
        }
        problems.add(problem(property, path, PayloadPart.AVRO_OFFSET_DATE_TIME));
        return null;
      case "Duration":
        if (lenient) {
          return Schema.create(Schema.Type.STRING);
        }
        problems.add(problem(property, path, PayloadPart.AVRO_DURATION));
        return null;
      default:
        throw new IllegalStateException("no Avro type for the scalar " + scalar.suffix());
    }
  }

  private Schema enumSchema(
      TypeElement type, Map<String, Schema> named, String path, List<PayloadProblem> problems) {
    String qualified = type.getQualifiedName().toString();
    Schema existing = named.get(qualified);
    if (existing != null) {
      return existing;
    }
    if (!checkName(type.getSimpleName().toString(), type, Payloads.displayName(type), problems)) {
      return null;
    }
    List<String> symbols = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        String symbol = member.getSimpleName().toString();
        checkName(symbol, member, Payloads.displayName(type) + "." + symbol, problems);
        symbols.add(symbol);
      }
    }
    if (symbols.isEmpty()) {
      problems.add(
          new PayloadProblem(
              null,
              PayloadPart.AVRO_EMPTY_ENUM.of(path, Payloads.displayName(type))));
      return null;
    }
    if (symbols.stream().anyMatch(symbol -> !AVRO_NAME.matcher(symbol).matches())) {
      return null;
    }
    Schema schema =
        Schema.createEnum(type.getSimpleName().toString(), typeDoc(type), namespace(type), symbols);
    named.put(qualified, schema);
    return schema;
  }

  /** Whether {@code name} is a valid Avro name; if not, adds the problem. */
  private static boolean checkName(
      String name, Element element, String path, List<PayloadProblem> problems) {
    if (AVRO_NAME.matcher(name).matches()) {
      return true;
    }
    problems.add(
        new PayloadProblem(
            element, PayloadPart.AVRO_NAME.of(path, name)));
    return false;
  }

  private static PayloadProblem problem(
      Property property, String path, PayloadPart message, Object... args) {
    return new PayloadProblem(
        placeable(property.element()), message.of(path, args));
  }

  /**
   * An element javac can place a diagnostic on: the private field behind a record component (javac
   * 17 cannot place a component itself), else the element.
   */
  private static Element placeable(Element element) {
    if (element != null
        && element.getKind() == ElementKind.RECORD_COMPONENT
        && element.getEnclosingElement() instanceof TypeElement owner) {
      for (VariableElement field : ElementFilter.fieldsIn(owner.getEnclosedElements())) {
        if (field.getSimpleName().contentEquals(element.getSimpleName())) {
          return field;
        }
      }
    }
    return element;
  }

  /** The namespace of a type: its package, then its enclosing types ({@code null} if none). */
  static String namespace(TypeElement type) {
    StringBuilder namespace = new StringBuilder();
    Element e = type.getEnclosingElement();
    while (e instanceof TypeElement outer) {
      namespace.insert(0, "." + outer.getSimpleName());
      e = e.getEnclosingElement();
    }
    String pkg = e instanceof PackageElement p ? p.getQualifiedName().toString() : "";
    namespace.insert(0, pkg);
    String result = namespace.toString();
    if (result.startsWith(".")) {
      result = result.substring(1);
    }
    return result.isEmpty() ? null : result;
  }

  // -------------------------------------------------------------------- property annotations

  /** Whether a reference property may be {@code null}: some annotation named {@code Nullable}. */
  boolean isNullable(Property property) {
    if (property.javaType().getKind().isPrimitive()) {
      return false;
    }
    for (AnnotationMirror mirror : property.javaType().getAnnotationMirrors()) {
      if (isNullable(mirror)) {
        return true;
      }
    }
    for (Element element : annotated(property)) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        if (isNullable(mirror)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isNullable(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable");
  }

  /** The {@code [precision, scale]} of a property's {@code @Decimal}, or {@code null}. */
  int[] decimal(Property property) {
    for (Element element : annotated(property)) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        if (((TypeElement) mirror.getAnnotationType().asElement())
            .getQualifiedName()
            .contentEquals(DECIMAL)) {
          int[] values = new int[2];
          for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
              elements.getElementValuesWithDefaults(mirror).entrySet()) {
            Object raw = entry.getValue().getValue();
            int number = raw instanceof Integer i ? i : -1;
            if (entry.getKey().getSimpleName().contentEquals("precision")) {
              values[0] = number;
            } else if (entry.getKey().getSimpleName().contentEquals("scale")) {
              values[1] = number;
            }
          }
          return values;
        }
      }
    }
    return null;
  }

  /**
   * Where a property's annotations may be: its element, and for a record component or a bean
   * property the field of the same name behind it.
   */
  private static List<Element> annotated(Property property) {
    List<Element> found = new ArrayList<>();
    Element element = property.element();
    if (element == null) {
      return found;
    }
    found.add(element);
    Element owner = element.getEnclosingElement();
    if (owner instanceof TypeElement type) {
      for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        if (field.getSimpleName().contentEquals(property.name()) && !found.contains(field)) {
          found.add(field);
        }
      }
      if (element.getKind() == ElementKind.RECORD_COMPONENT) {
        ExecutableElement accessor =
            ((javax.lang.model.element.RecordComponentElement) element).getAccessor();
        if (accessor != null) {
          found.add(accessor);
        }
      }
    }
    return found;
  }

  // -------------------------------------------------------------------------------- docs

  private String typeDoc(TypeElement type) {
    return firstParagraph(elements.getDocComment(type));
  }

  private String fieldDoc(TypeElement type, Property property) {
    if (property.element() != null && property.element().getKind() == ElementKind.RECORD_COMPONENT) {
      String doc = elements.getDocComment(type);
      if (doc != null) {
        for (String tag : doc.split("(?m)^\\s*@")) {
          if (tag.startsWith("param ")) {
            String rest = tag.substring("param ".length()).trim();
            if (rest.startsWith(property.name() + " ") || rest.startsWith(property.name() + "\n")) {
              return collapse(rest.substring(property.name().length()));
            }
          }
        }
      }
      return null;
    }
    return property.element() == null ? null : firstParagraph(elements.getDocComment(property.element()));
  }

  private static String firstParagraph(String doc) {
    if (doc == null) {
      return null;
    }
    String text = doc.split("(?m)^\\s*@", 2)[0];
    int paragraph = text.indexOf("<p>");
    if (paragraph >= 0) {
      text = text.substring(0, paragraph);
    }
    return collapse(text);
  }

  private static String collapse(String text) {
    String collapsed = text.replaceAll("\\s+", " ").trim();
    return collapsed.isEmpty() ? null : collapsed;
  }
}
