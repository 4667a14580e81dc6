package io.tidings.processor.payload;

import io.tidings.processor.diag.Message.PayloadPart;
import io.tidings.processor.payload.PayloadModel.Accessor;
import io.tidings.processor.payload.PayloadModel.Property;
import io.tidings.processor.payload.ValueType.CollectionOf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one payload type's own declaration: its properties as Jackson derives them by default
 * (record components; or a bean's public getters, setters and public fields), how each property's
 * type is encoded, the nested payload types it reaches, and every problem. Knows nothing of other
 * types' properties; {@link Payloads} walks the graph.
 */
final class PayloadScanner {
  /** Scalar types by qualified name, with the suffix of their {@code Json} helpers. */
  private static final Map<String, String> SCALARS =
      Map.ofEntries(
          Map.entry("java.lang.Boolean", "BooleanOrNull"),
          Map.entry("java.lang.Byte", "ByteOrNull"),
          Map.entry("java.lang.Short", "ShortOrNull"),
          Map.entry("java.lang.Integer", "IntOrNull"),
          Map.entry("java.lang.Long", "LongOrNull"),
          Map.entry("java.lang.Float", "FloatOrNull"),
          Map.entry("java.lang.Double", "DoubleOrNull"),
          Map.entry("java.lang.Character", "CharOrNull"),
          Map.entry("java.lang.String", "String"),
          Map.entry("java.math.BigDecimal", "BigDecimal"),
          Map.entry("java.math.BigInteger", "BigInteger"),
          Map.entry("java.util.UUID", "Uuid"),
          Map.entry("java.time.Instant", "Instant"),
          Map.entry("java.time.LocalDate", "LocalDate"),
          Map.entry("java.time.LocalDateTime", "LocalDateTime"),
          Map.entry("java.time.OffsetDateTime", "OffsetDateTime"),
          Map.entry("java.time.Duration", "Duration"));

  private static final Set<String> LEGACY_DATES =
      Set.of(
          "java.util.Date",
          "java.util.Calendar",
          "java.util.GregorianCalendar",
          "java.sql.Date",
          "java.sql.Time",
          "java.sql.Timestamp");

  /** What one scan found. */
  record Scan(
      PayloadModel model, List<LocalProblem> problems, List<Edge> edges, boolean deferred) {}

  /**
   * A nested payload type reached through a property.
   *
   * @param property the JSON property
   * @param suffix {@code ""}, or {@code "[*]"} per container between the property and the type
   * @param target the nested type
   */
  record Edge(String property, String suffix, TypeElement target) {}

  /**
   * A problem of one property.
   *
   * @param element where to report it, or {@code null} if it is not in the sources
   * @param property the JSON property
   * @param text what is wrong, said after the property's path ("has type ...")
   * @param fix how to fix it
   */
  record LocalProblem(Element element, String property, String text, String fix) {}

  /** Why a part of a property's type cannot be encoded. */
  private record Issue(TypeMirror part, String what, String fix) {}

  private final Elements elements;
  private final Types types;
  private final Sources sources;

  PayloadScanner(Elements elements, Types types, Sources sources) {
    this.elements = elements;
    this.types = types;
    this.sources = sources;
  }

  /** Where problems can be reported: only on elements in the sources being compiled. */
  interface Sources {
    boolean contains(Element element);
  }

  /** Whether a type could be a payload at all: not an enum, not a JDK type. */
  static boolean isPayloadCandidate(TypeElement type) {
    String name = type.getQualifiedName().toString();
    return type.getKind() != ElementKind.ENUM
        && !name.startsWith("java.")
        && !name.startsWith("javax.");
  }

  /**
   * Whether a supertype of {@code type} is not generated yet ({@code TypeKind.ERROR}): its
   * properties cannot be known before the next round.
   */
  static boolean incomplete(TypeElement type) {
    List<TypeMirror> supertypes = new ArrayList<>(type.getInterfaces());
    supertypes.add(type.getSuperclass());
    for (TypeMirror supertype : supertypes) {
      if (supertype.getKind() == TypeKind.ERROR) {
        return true;
      }
      if (supertype.getKind() == TypeKind.DECLARED
          && incomplete((TypeElement) ((DeclaredType) supertype).asElement())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why {@code type} cannot be a payload at all, as {@code [what, fix]}, or {@code null} if it can
   * (its properties may still have problems).
   */
  String[] payloadIssue(TypeElement type) {
    Issue issue = classIssue(type, type.asType());
    return issue == null ? null : new String[] {issue.what(), issue.fix()};
  }

  /** Scans a type that {@link #payloadIssue} accepted. */
  Scan scan(TypeElement type) {
    List<LocalProblem> problems = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    List<Property> properties = new ArrayList<>();
    boolean[] deferred = {false};
    boolean record = type.getKind() == ElementKind.RECORD;
    if (record) {
      for (RecordComponentElement component : type.getRecordComponents()) {
        String name = component.getSimpleName().toString();
        TypeMirror javaType = component.asType();
        ValueType value =
            property(name, javaType, reportable(component, type), problems, edges, deferred);
        Accessor getter = new Accessor(component.getAccessor().getSimpleName().toString(), false);
        properties.add(new Property(name, javaType, value, getter, null, component));
      }
    } else {
      for (BeanProperty bean : beanProperties(type)) {
        Property property = beanProperty(type, bean, problems, edges, deferred);
        if (property != null) {
          properties.add(property);
        }
      }
    }
    PayloadModel model =
        problems.isEmpty() && !deferred[0]
            ? new PayloadModel(
                type, record, List.copyOf(properties), suppressions(type, properties))
            : null;
    return new Scan(model, List.copyOf(problems), List.copyOf(edges), deferred[0]);
  }

  private ValueType property(
      String name,
      TypeMirror javaType,
      Element element,
      List<LocalProblem> problems,
      List<Edge> edges,
      boolean[] deferred) {
    List<Issue> issues = new ArrayList<>();
    List<Edge> found = new ArrayList<>();
    ValueType value = classify(javaType, name, "", issues, found, deferred);
    if (!issues.isEmpty()) {
      Issue issue = issues.get(0);
      String text =
          types.isSameType(issue.part(), javaType)
              ? "has type " + issue.what()
              : "has type " + javaType + ", and inside it " + issue.what();
      problems.add(new LocalProblem(element, name, text, issue.fix()));
      return null;
    }
    edges.addAll(found);
    return value;
  }

  private ValueType classify(
      TypeMirror type,
      String property,
      String suffix,
      List<Issue> issues,
      List<Edge> edges,
      boolean[] deferred) {
    switch (type.getKind()) {
      case BOOLEAN:
        return new ValueType.Scalar("Boolean", "false");
      case BYTE:
        return new ValueType.Scalar("Byte", "(byte) 0");
      case SHORT:
        return new ValueType.Scalar("Short", "(short) 0");
      case INT:
        return new ValueType.Scalar("Int", "0");
      case LONG:
        return new ValueType.Scalar("Long", "0L");
      case FLOAT:
        return new ValueType.Scalar("Float", "0.0f");
      case DOUBLE:
        return new ValueType.Scalar("Double", "0.0");
      case CHAR:
        return new ValueType.Scalar("Char", "'\\0'");
      case ARRAY:
        TypeMirror component = ((ArrayType) type).getComponentType();
        if (component.getKind() == TypeKind.BYTE) {
          return new ValueType.Scalar("Bytes", null);
        }
        String element =
            component.getKind().isPrimitive()
                ? types.boxedClass((PrimitiveType) component).getSimpleName().toString()
                : component.getKind() == TypeKind.DECLARED
                    ? ((DeclaredType) component).asElement().getSimpleName().toString()
                    : component.toString();
        return issue(issues, type, PayloadPart.ARRAY, "List<" + element + ">");
      case ERROR:
        deferred[0] = true;
        return null;
      case TYPEVAR:
        return issue(issues, type, PayloadPart.TYPE_VARIABLE);
      case WILDCARD:
        return issue(issues, type, PayloadPart.WILDCARD);
      case DECLARED:
        return declared((DeclaredType) type, property, suffix, issues, edges, deferred);
      default:
        return issue(issues, type, PayloadPart.OBJECT);
    }
  }

  private ValueType declared(
      DeclaredType type,
      String property,
      String suffix,
      List<Issue> issues,
      List<Edge> edges,
      boolean[] deferred) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    String scalar = SCALARS.get(name);
    if (scalar != null) {
      return new ValueType.Scalar(scalar, null);
    }
    if (element.getKind() == ElementKind.ENUM) {
      Issue issue = accessIssue(element, type);
      if (issue != null) {
        issues.add(issue);
        return null;
      }
      return new ValueType.EnumValue(element);
    }
    switch (name) {
      case "java.util.List":
      case "java.util.Set":
      case "java.util.Collection":
        {
          if (arguments.isEmpty()) {
            return issue(issues, type, PayloadPart.RAW_TYPE);
          }
          ValueType item =
              classify(arguments.get(0), property, suffix + "[*]", issues, edges, deferred);
          CollectionOf.Kind kind =
              name.endsWith("List")
                  ? CollectionOf.Kind.LIST
                  : name.endsWith("Set") ? CollectionOf.Kind.SET : CollectionOf.Kind.COLLECTION;
          return item == null ? null : new CollectionOf(kind, item);
        }
      case "java.util.Map":
        {
          if (arguments.isEmpty()) {
            return issue(issues, type, PayloadPart.RAW_TYPE);
          }
          TypeMirror key = arguments.get(0);
          if (!isString(key)) {
            if (key.getKind() == TypeKind.ERROR) {
              deferred[0] = true;
              return null;
            }
            issues.add(
                new Issue(
                    type, PayloadPart.MAP_KEY.what(type, key), PayloadPart.MAP_KEY.fix()));
            return null;
          }
          ValueType value =
              classify(arguments.get(1), property, suffix + "[*]", issues, edges, deferred);
          return value == null ? null : new ValueType.MapOf(value);
        }
      case "java.util.Optional":
        {
          if (arguments.isEmpty()) {
            return issue(issues, type, PayloadPart.RAW_TYPE);
          }
          TypeMirror content = arguments.get(0);
          if (content.getKind() == TypeKind.DECLARED
              && ((TypeElement) ((DeclaredType) content).asElement())
                  .getQualifiedName()
                  .contentEquals("java.util.Optional")) {
            return issue(issues, type, PayloadPart.NESTED_OPTIONAL);
          }
          ValueType value = classify(content, property, suffix, issues, edges, deferred);
          return value == null ? null : new ValueType.OptionalOf(value);
        }
      case "java.lang.Object":
        return issue(issues, type, PayloadPart.OBJECT);
      case "java.util.OptionalInt":
      case "java.util.OptionalLong":
      case "java.util.OptionalDouble":
        return issue(issues, type, PayloadPart.OPTIONAL_PRIMITIVE);
      case "java.time.ZonedDateTime":
        return issue(issues, type, PayloadPart.ZONED_DATE_TIME);
      default:
        break;
    }
    if (LEGACY_DATES.contains(name)) {
      return issue(issues, type, PayloadPart.LEGACY_DATE);
    }
    if (isContainer(type)) {
      return issue(issues, type, PayloadPart.CONCRETE_COLLECTION);
    }
    if (name.startsWith("java.") || name.startsWith("javax.")) {
      return issue(issues, type, PayloadPart.UNSUPPORTED);
    }
    if (incomplete(element)) {
      deferred[0] = true;
      return null;
    }
    Issue issue = classIssue(element, type);
    if (issue != null) {
      issues.add(issue);
      return null;
    }
    edges.add(new Edge(property, suffix, element));
    return new ValueType.Nested(element);
  }

  /** Why a class or record cannot be a nested payload, or {@code null}. */
  private Issue classIssue(TypeElement element, TypeMirror type) {
    ElementKind kind = element.getKind();
    if (kind == ElementKind.INTERFACE
        || kind == ElementKind.ANNOTATION_TYPE
        || element.getModifiers().contains(Modifier.ABSTRACT)) {
      return new Issue(type, PayloadPart.ABSTRACT.what(type), PayloadPart.ABSTRACT.fix());
    }
    if (kind != ElementKind.CLASS && kind != ElementKind.RECORD) {
      return new Issue(type, PayloadPart.OBJECT.what(type), PayloadPart.OBJECT.fix());
    }
    if (!element.getTypeParameters().isEmpty()) {
      return new Issue(
          type, PayloadPart.GENERIC_CLASS.what(type), PayloadPart.GENERIC_CLASS.fix());
    }
    Issue access = accessIssue(element, type);
    if (access != null) {
      return access;
    }
    if (kind == ElementKind.CLASS) {
      if (element.getNestingKind() == NestingKind.MEMBER
          && !element.getModifiers().contains(Modifier.STATIC)) {
        return new Issue(
            type, PayloadPart.INNER_CLASS.what(type), PayloadPart.INNER_CLASS.fix());
      }
      boolean constructor = false;
      for (ExecutableElement candidate :
          ElementFilter.constructorsIn(element.getEnclosedElements())) {
        if (candidate.getParameters().isEmpty()
            && !candidate.getModifiers().contains(Modifier.PRIVATE)) {
          constructor = true;
        }
      }
      if (!constructor) {
        return new Issue(
            type, PayloadPart.NO_BEAN_CONSTRUCTOR.what(type), PayloadPart.NO_BEAN_CONSTRUCTOR.fix());
      }
      if (beanProperties(element).stream().noneMatch(p -> p.getter != null || p.field != null)) {
        return new Issue(
            type, PayloadPart.NO_BEAN_PROPERTIES.what(type), PayloadPart.NO_BEAN_PROPERTIES.fix());
      }
    }
    return null;
  }

  private Issue accessIssue(TypeElement element, TypeMirror type) {
    for (Element e = element; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        return new Issue(
            type, PayloadPart.LOCAL_TYPE.what(type), PayloadPart.LOCAL_TYPE.fix());
      }
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        return new Issue(
            type, PayloadPart.PRIVATE_TYPE.what(type), PayloadPart.PRIVATE_TYPE.fix());
      }
    }
    return null;
  }

  /** Records that {@code part} cannot be encoded, with the message's arguments after the type. */
  private static ValueType issue(
      List<Issue> issues, TypeMirror part, PayloadPart message, Object... fixArgs) {
    issues.add(new Issue(part, message.what(part), message.fix(fixArgs)));
    return null;
  }

  // ------------------------------------------------------------------------------------ beans

  /** A bean property's accessors, as Jackson finds them by default. */
  private static final class BeanProperty {
    final String name;
    ExecutableElement getter;
    VariableElement field;
    final List<ExecutableElement> setters = new ArrayList<>();

    BeanProperty(String name) {
      this.name = name;
    }
  }

  private List<BeanProperty> beanProperties(TypeElement type) {
    Map<String, BeanProperty> properties = new LinkedHashMap<>();
    for (Element member : elements.getAllMembers(type)) {
      if (member.getModifiers().contains(Modifier.STATIC)
          || ((TypeElement) member.getEnclosingElement())
              .getQualifiedName()
              .contentEquals("java.lang.Object")) {
        continue;
      }
      if (member.getKind() == ElementKind.FIELD) {
        if (member.getModifiers().contains(Modifier.PUBLIC)
            && !member.getModifiers().contains(Modifier.TRANSIENT)) {
          String name = member.getSimpleName().toString();
          properties.computeIfAbsent(name, BeanProperty::new).field = (VariableElement) member;
        }
      } else if (member.getKind() == ElementKind.METHOD) {
        ExecutableElement method = (ExecutableElement) member;
        String name = method.getSimpleName().toString();
        int parameters = method.getParameters().size();
        if (parameters == 0
            && method.getModifiers().contains(Modifier.PUBLIC)
            && method.getReturnType().getKind() != TypeKind.VOID) {
          String property = null;
          if (name.startsWith("get") && name.length() > 3) {
            property = mangle(name, 3);
          } else if (name.startsWith("is")
              && name.length() > 2
              && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
            property = mangle(name, 2);
          }
          if (property != null) {
            BeanProperty bean = properties.computeIfAbsent(property, BeanProperty::new);
            if (bean.getter == null || name.startsWith("get")) {
              bean.getter = method; // Jackson prefers getX() over isX()
            }
          }
        } else if (parameters == 1 && name.startsWith("set") && name.length() > 3) {
          properties.computeIfAbsent(mangle(name, 3), BeanProperty::new).setters.add(method);
        }
      }
    }
    return new ArrayList<>(properties.values());
  }

  private Property beanProperty(
      TypeElement type,
      BeanProperty bean,
      List<LocalProblem> problems,
      List<Edge> edges,
      boolean[] deferred) {
    if (bean.getter == null && bean.field == null) {
      return null; // write-only, as for Jackson: never in the JSON Tidings or Jackson writes
    }
    DeclaredType owner = (DeclaredType) type.asType();
    Element report = reportable(bean.getter != null ? bean.getter : bean.field, type);
    TypeMirror javaType =
        bean.getter != null
            ? ((ExecutableType) types.asMemberOf(owner, bean.getter)).getReturnType()
            : types.asMemberOf(owner, bean.field);
    Accessor getter =
        bean.getter != null
            ? new Accessor(bean.getter.getSimpleName().toString(), false)
            : new Accessor(bean.field.getSimpleName().toString(), true);
    String getterText =
        bean.getter != null
            ? bean.getter.getSimpleName() + "()"
            : bean.field.getSimpleName().toString();
    String setterName = "set" + Character.toUpperCase(bean.name.charAt(0)) + bean.name.substring(1);

    Accessor setter = null;
    ExecutableElement mismatched = null;
    for (ExecutableElement candidate : bean.setters) {
      TypeMirror parameter =
          ((ExecutableType) types.asMemberOf(owner, candidate)).getParameterTypes().get(0);
      if (types.isSameType(parameter, javaType)) {
        if (!accessible(candidate, type)) {
          problems.add(
              new LocalProblem(
                  sources.contains(candidate) ? candidate : report,
                  bean.name,
                  PayloadPart.SETTER_NOT_ACCESSIBLE.what(
                      candidate.getSimpleName() + "(" + parameter + ")", packageOf(type)),
                  PayloadPart.SETTER_NOT_ACCESSIBLE.fix()));
          return null;
        }
        setter = new Accessor(candidate.getSimpleName().toString(), false);
      } else {
        mismatched = candidate;
      }
    }
    if (setter == null
        && bean.field != null
        && !bean.field.getModifiers().contains(Modifier.FINAL)
        && types.isSameType(types.asMemberOf(owner, bean.field), javaType)) {
      setter = new Accessor(bean.field.getSimpleName().toString(), true);
    }
    if (setter == null) {
      if (mismatched != null) {
        problems.add(
            new LocalProblem(
                report,
                bean.name,
                PayloadPart.SETTER_TYPE.what(javaType, mismatched.getSimpleName() + "(...)"),
                PayloadPart.SETTER_TYPE.fix(javaType)));
      } else {
        problems.add(
            new LocalProblem(
                report,
                bean.name,
                PayloadPart.GETTER_WITHOUT_SETTER.what(getterText),
                PayloadPart.GETTER_WITHOUT_SETTER.fix(setterName + "(" + javaType + ")")));
      }
      return null;
    }
    ValueType value = property(bean.name, javaType, report, problems, edges, deferred);
    return value == null
        ? null
        : new Property(
            bean.name,
            javaType,
            value,
            getter,
            setter,
            bean.getter != null ? bean.getter : bean.field);
  }

  /**
   * Jackson's default ("legacy") property name for an accessor: the leading upper-case letters
   * after the prefix in lower case ({@code getURL} → {@code url}, {@code getFirstName} → {@code
   * firstName}).
   */
  static String mangle(String accessor, int prefix) {
    String base = accessor.substring(prefix);
    StringBuilder name = new StringBuilder(base.length());
    int i = 0;
    while (i < base.length() && Character.isUpperCase(base.charAt(i))) {
      name.append(Character.toLowerCase(base.charAt(i)));
      i++;
    }
    return name.append(base, i, base.length()).toString();
  }

  // ---------------------------------------------------------------------------------- helpers

  /**
   * The lint categories a codec of {@code type} would trip over: it names the type, calls its
   * accessors and setters, and names the enums and nested payloads of its properties.
   */
  private List<String> suppressions(TypeElement type, List<Property> properties) {
    Set<String> categories = new TreeSet<>();
    List<Element> used = new ArrayList<>();
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      used.add(e);
    }
    for (Element member : elements.getAllMembers(type)) {
      for (Property property : properties) {
        String name = member.getSimpleName().toString();
        if (name.equals(property.getter().name())
            || (property.setter() != null && name.equals(property.setter().name()))) {
          used.add(member);
        }
      }
    }
    for (Property property : properties) {
      collectTypes(property.value(), used);
    }
    for (Element element : used) {
      if (elements.isDeprecated(element)) {
        Deprecated deprecated = element.getAnnotation(Deprecated.class);
        categories.add(deprecated != null && deprecated.forRemoval() ? "removal" : "deprecation");
      }
    }
    return List.copyOf(categories);
  }

  private static void collectTypes(ValueType value, List<Element> used) {
    if (value instanceof ValueType.EnumValue enumValue) {
      used.add(enumValue.type());
    } else if (value instanceof ValueType.Nested nested) {
      used.add(nested.type());
    } else if (value instanceof CollectionOf collection) {
      collectTypes(collection.element(), used);
    } else if (value instanceof ValueType.MapOf map) {
      collectTypes(map.value(), used);
    } else if (value instanceof ValueType.OptionalOf optional) {
      collectTypes(optional.value(), used);
    }
  }

  private boolean accessible(Element member, TypeElement from) {
    Set<Modifier> modifiers = member.getModifiers();
    if (modifiers.contains(Modifier.PUBLIC)) {
      return true;
    }
    if (modifiers.contains(Modifier.PRIVATE)) {
      return false;
    }
    return packageOf((TypeElement) member.getEnclosingElement()).equals(packageOf(from));
  }

  private String packageOf(TypeElement type) {
    PackageElement pkg = elements.getPackageOf(type);
    return pkg.getQualifiedName().toString();
  }

  private boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals("java.lang.String");
  }

  private boolean isContainer(DeclaredType type) {
    TypeMirror erasure = types.erasure(type);
    for (String container : new String[] {"java.util.Collection", "java.util.Map"}) {
      TypeElement element = elements.getTypeElement(container);
      if (element != null && types.isAssignable(erasure, types.erasure(element.asType()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The element to report a property's problem on: the element itself if it is in the sources, the
   * private field behind a record component otherwise (older javac versions cannot place a
   * component), or {@code null}.
   */
  private Element reportable(Element element, TypeElement owner) {
    if (element == null) {
      return null;
    }
    if (sources.contains(element)) {
      return element;
    }
    if (element instanceof RecordComponentElement) {
      for (VariableElement field : ElementFilter.fieldsIn(owner.getEnclosedElements())) {
        if (field.getSimpleName().contentEquals(element.getSimpleName())
            && sources.contains(field)) {
          return field;
        }
      }
    }
    return null;
  }

  /** The element to report a type's own problem on, or {@code null}. */
  Element reportable(TypeElement type) {
    return sources.contains(type) ? type : null;
  }
}
