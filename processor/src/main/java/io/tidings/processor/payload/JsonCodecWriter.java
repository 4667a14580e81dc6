package io.tidings.processor.payload;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.tidings.processor.GeneratedNames;
import io.tidings.processor.payload.PayloadModel.Accessor;
import io.tidings.processor.payload.PayloadModel.Property;
import io.tidings.processor.payload.ValueType.CollectionOf;
import io.tidings.processor.payload.ValueType.EnumValue;
import io.tidings.processor.payload.ValueType.MapOf;
import io.tidings.processor.payload.ValueType.Nested;
import io.tidings.processor.payload.ValueType.OptionalOf;
import io.tidings.processor.payload.ValueType.Scalar;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Writes the JSON codec of a payload type and of every payload type it reaches: {@code
 * BookingCreated_JsonCodec}, in the payload's package, a {@code JsonCodec<BookingCreated>} with a
 * {@code public static final INSTANCE}. The codec calls the payload's accessors and constructor or
 * setters directly (no reflection) and the {@code io.tidings.runtime.codec.Json} helpers for every
 * value; nested payloads go through their own codec's {@code INSTANCE}, looked up where it is used,
 * so codecs of (mutually) recursive types never wait on each other's static initialisation.
 *
 * <p>Create one per processor initialisation: it writes each codec once per run, and never one that
 * is already on the class path (a payload from a library compiled with Tidings). It only renders
 * what {@link Payloads} accepted; it never validates. Not thread-safe.
 */
public final class JsonCodecWriter {
  private static final String PROCESSOR = "io.tidings.processor.TidingsProcessor";
  private static final ClassName JSON = ClassName.get("io.tidings.runtime.codec", "Json");
  private static final ClassName JSON_CODEC =
      ClassName.get("io.tidings.runtime.codec", "JsonCodec");
  private static final ClassName GENERATOR =
      ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  private static final ClassName PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  private static final ClassName TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
  private static final ClassName SERIALIZED_STRING =
      ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  /** Container nesting up to which lambda parameter names are kept free of property names. */
  private static final int MAX_LAMBDA_DEPTH = 16;

  private final Filer filer;
  private final Elements elements;
  private final Payloads payloads;
  private final Set<String> written = new HashSet<>();

  /** Creates the writer for one processor run, over the run's {@link Payloads}. */
  public JsonCodecWriter(ProcessingEnvironment env, Payloads payloads) {
    this.filer = env.getFiler();
    this.elements = env.getElementUtils();
    this.payloads = payloads;
  }

  /**
   * Writes (with the {@link Filer}) the JSON codec of {@code analysis.type()} and of every payload
   * type it reaches, once each per processor run, skipping codecs already on the class path.
   *
   * @param analysis an {@link PayloadAnalysis#ok() ok} analysis from this writer's {@link Payloads}
   * @param originatingElement the element the codecs are generated for, attached to each file
   * @throws IllegalArgumentException if the analysis is not ok
   * @throws IOException if the Filer cannot write a file
   */
  public void writeCodecs(PayloadAnalysis analysis, Element originatingElement) throws IOException {
    for (PayloadModel model : payloads.models(analysis)) {
      ClassName name = GeneratedNames.of(model.type(), GeneratedNames.JSON_CODEC);
      if (written.add(name.canonicalName())
          && elements.getTypeElement(name.canonicalName()) == null) {
        JavaFile.builder(name.packageName(), codec(name, model, originatingElement))
            .skipJavaLangImports(true)
            .indent("  ")
            .build()
            .writeTo(filer);
      }
    }
  }

  /** The codec's source, for {@code model}. */
  static TypeSpec codec(ClassName name, PayloadModel model, Element originatingElement) {
    ClassName payload = ClassName.get(model.type());
    Map<Property, String> fieldNames = fieldNames(model);
    TypeSpec.Builder codec =
        TypeSpec.classBuilder(name)
            .addJavadoc(
                "The JSON codec of {@link $T}, generated by Tidings from its $L.\n",
                payload,
                model.record() ? "record components" : "bean properties")
            .addJavadoc(
                "Field names and value formats are those of a Jackson {@code ObjectMapper} with the"
                    + " JSR-310\nand JDK 8 modules; stateless and thread-safe.\n")
            .addAnnotation(
                AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(JSON_CODEC, payload))
            .addField(
                FieldSpec.builder(
                        name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The codec.\n")
                    .initializer("new $T()", name)
                    .build());
    for (Property property : model.properties()) {
      codec.addField(
          FieldSpec.builder(
                  SERIALIZED_STRING,
                  fieldNames.get(property),
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer("new $T($S)", SERIALIZED_STRING, property.name())
              .build());
    }
    codec
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addStatement("super($T.class)", payload)
                    .build())
            .addMethod(writeObject(payload, model, fieldNames))
            .addMethod(
                model.record()
                    ? readRecord(payload, model, fieldNames)
                    : readBean(payload, model, fieldNames));
    if (!model.suppressedWarnings().isEmpty()) {
      AnnotationSpec.Builder suppress = AnnotationSpec.builder(SuppressWarnings.class);
      model.suppressedWarnings().forEach(category -> suppress.addMember("value", "$S", category));
      codec.addAnnotation(suppress.build());
    }
    if (originatingElement != null) {
      codec.addOriginatingElement(originatingElement);
    }
    return codec.build();
  }

  /**
   * The names of the pre-encoded field-name constants ({@code F_BOOKING_ID}), one per property,
   * unique in the codec.
   */
  private static Map<Property, String> fieldNames(PayloadModel model) {
    NameAllocator names = new NameAllocator();
    names.newName("INSTANCE");
    Map<Property, String> fieldNames = new LinkedHashMap<>();
    for (Property property : model.properties()) {
      fieldNames.put(property, names.newName("F_" + upperSnake(property.name()), property));
    }
    return fieldNames;
  }

  private static MethodSpec writeObject(
      ClassName payload, PayloadModel model, Map<Property, String> fieldNames) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("writeObject")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addParameter(GENERATOR, "g")
            .addParameter(payload, "value")
            .addException(IOException.class)
            .addStatement("g.writeStartObject()");
    for (Property property : model.properties()) {
      Accessor getter = property.getter();
      CodeBlock read =
          getter.field()
              ? CodeBlock.of("value.$N", getter.name())
              : CodeBlock.of("value.$N()", getter.name());
      method.addStatement("g.writeFieldName($N)", fieldNames.get(property));
      method.addStatement(write(property.value(), "g", read, 0));
    }
    return method.addStatement("g.writeEndObject()").build();
  }

  private static MethodSpec readRecord(
      ClassName payload, PayloadModel model, Map<Property, String> fieldNames) {
    MethodSpec.Builder method = readMethod(payload);
    NameAllocator names = names();
    List<CodeBlock> arguments = new ArrayList<>();
    List<String[]> required = new ArrayList<>();
    for (Property property : model.properties()) {
      String local = names.newName(property.name(), property);
      arguments.add(CodeBlock.of("$N", local));
      method.addStatement(
          "$T $N = $L", TypeName.get(property.javaType()), local, initialValue(property.value()));
      if (isPrimitive(property.value())) {
        String flag = names.newName("has" + capitalize(property.name()));
        method.addStatement("boolean $N = false", flag);
        required.add(new String[] {property.name(), flag});
      }
    }
    Map<Property, CodeBlock> reads = new LinkedHashMap<>();
    for (Property property : model.properties()) {
      CodeBlock.Builder read =
          CodeBlock.builder()
              .addStatement("$N = $L", names.get(property), read(property.value(), "p", 0));
      String flag = flagOf(required, property.name());
      if (flag != null) {
        read.addStatement("$N = true", flag);
      }
      reads.put(property, read.build());
    }
    readFields(method, reads, fieldNames);
    requireAll(method, required);
    return method
        .addStatement("return new $T($L)", payload, CodeBlock.join(arguments, ",$W"))
        .build();
  }

  private static MethodSpec readBean(
      ClassName payload, PayloadModel model, Map<Property, String> fieldNames) {
    MethodSpec.Builder method = readMethod(payload);
    NameAllocator names = names();
    method.addStatement("$T value = new $T()", payload, payload);
    List<String[]> required = new ArrayList<>();
    List<String[]> optional = new ArrayList<>();
    for (Property property : model.properties()) {
      if (isPrimitive(property.value()) || property.value() instanceof OptionalOf) {
        String flag = names.newName("has" + capitalize(property.name()));
        method.addStatement("boolean $N = false", flag);
        (isPrimitive(property.value()) ? required : optional)
            .add(new String[] {property.name(), flag});
      }
    }
    Map<Property, CodeBlock> reads = new LinkedHashMap<>();
    for (Property property : model.properties()) {
      CodeBlock.Builder read =
          CodeBlock.builder()
              .addStatement("$L", set(property.setter(), read(property.value(), "p", 0)));
      String flag = flagOf(required, property.name());
      if (flag == null) {
        flag = flagOf(optional, property.name());
      }
      if (flag != null) {
        read.addStatement("$N = true", flag);
      }
      reads.put(property, read.build());
    }
    readFields(method, reads, fieldNames);
    requireAll(method, required);
    for (Property property : model.properties()) {
      String flag = flagOf(optional, property.name());
      if (flag != null) {
        method
            .beginControlFlow("if (!$N)", flag)
            .addStatement("$L", set(property.setter(), CodeBlock.of("$T.empty()", Optional.class)))
            .endControlFlow();
      }
    }
    return method.addStatement("return value").build();
  }

  private static MethodSpec.Builder readMethod(ClassName payload) {
    return MethodSpec.methodBuilder("readObject")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(payload)
        .addParameter(PARSER, "p")
        .addException(IOException.class);
  }

  private static NameAllocator names() {
    NameAllocator names = new NameAllocator();
    for (String reserved : new String[] {"p", "g", "value", "field", "inOrder"}) {
      names.newName(reserved);
    }
    for (int depth = 1; depth <= MAX_LAMBDA_DEPTH; depth++) {
      names.newName("p" + depth); // lambda parameters of nested container readers
    }
    return names;
  }

  /**
   * The loop over an object's fields. Fields in declared order (what the codec and an {@code
   * ObjectMapper} write) take the fast path, which compares each name's pre-encoded bytes with the
   * input; the first field out of order, unknown or missing leaves it for a switch on the name.
   */
  private static void readFields(
      MethodSpec.Builder method, Map<Property, CodeBlock> reads, Map<Property, String> fieldNames) {
    if (reads.isEmpty()) {
      method
          .beginControlFlow(
              "for (String field = p.nextFieldName(); field != null; field = p.nextFieldName())")
          .addStatement("p.nextToken()")
          .addStatement("p.skipChildren()")
          .endControlFlow();
      return;
    }
    method.addCode("// Fast path: the fields in declared order.\n");
    method.beginControlFlow("inOrder:");
    for (Map.Entry<Property, CodeBlock> read : reads.entrySet()) {
      method
          .beginControlFlow("if (!p.nextFieldName($N))", fieldNames.get(read.getKey()))
          .addStatement("break inOrder")
          .endControlFlow()
          .addStatement("p.nextToken()")
          .addCode(read.getValue());
    }
    method.addStatement("p.nextToken()").endControlFlow();
    method.addCode("// The parser is on the first field out of order, or on the object's end.\n");
    method
        .beginControlFlow("for (; p.currentToken() == $T.FIELD_NAME; p.nextToken())", TOKEN)
        .addStatement("String field = p.currentName()")
        .addStatement("p.nextToken()")
        .beginControlFlow("switch (field)");
    for (Map.Entry<Property, CodeBlock> read : reads.entrySet()) {
      if (read.getValue().toString().indexOf(';') == read.getValue().toString().length() - 2) {
        method.addCode("case $S -> $L", read.getKey().name(), read.getValue()); // one statement
      } else {
        method.addCode("case $S -> {\n$>$L$<}\n", read.getKey().name(), read.getValue());
      }
    }
    method.addCode("default -> p.skipChildren();\n").endControlFlow().endControlFlow();
  }

  private static void requireAll(MethodSpec.Builder method, List<String[]> required) {
    for (String[] field : required) {
      method
          .beginControlFlow("if (!$N)", field[1])
          .addStatement("throw $T.missing(p, $S)", JSON, field[0])
          .endControlFlow();
    }
  }

  private static CodeBlock set(Accessor setter, CodeBlock value) {
    return setter.field()
        ? CodeBlock.of("value.$N = $L", setter.name(), value)
        : CodeBlock.of("value.$N($L)", setter.name(), value);
  }

  private static String flagOf(List<String[]> flags, String property) {
    for (String[] flag : flags) {
      if (flag[0].equals(property)) {
        return flag[1];
      }
    }
    return null;
  }

  /** A statement that writes {@code value} of {@code type} to the generator named {@code g}. */
  private static CodeBlock write(ValueType type, String g, CodeBlock value, int depth) {
    if (type instanceof Scalar scalar) {
      return CodeBlock.of("$T.write$L($N, $L)", JSON, scalar.suffix(), g, value);
    } else if (type instanceof EnumValue) {
      return CodeBlock.of("$T.writeEnum($N, $L)", JSON, g, value);
    } else if (type instanceof Nested nested) {
      return CodeBlock.of("$T.INSTANCE.write($N, $L)", codecOf(nested), g, value);
    } else if (type instanceof CollectionOf collection) {
      return CodeBlock.of(
          "$T.writeCollection($N, $L, $L)",
          JSON,
          g,
          value,
          writer(collection.element(), depth + 1));
    } else if (type instanceof MapOf map) {
      return CodeBlock.of(
          "$T.writeMap($N, $L, $L)", JSON, g, value, writer(map.value(), depth + 1));
    } else {
      OptionalOf optional = (OptionalOf) type;
      return CodeBlock.of(
          "$T.writeOptional($N, $L, $L)", JSON, g, value, writer(optional.value(), depth + 1));
    }
  }

  /** A {@code Json.Writer} expression for values of {@code type}. */
  private static CodeBlock writer(ValueType type, int depth) {
    if (type instanceof Scalar scalar) {
      return CodeBlock.of("$T::write$L", JSON, scalar.suffix());
    } else if (type instanceof EnumValue) {
      return CodeBlock.of("$T::writeEnum", JSON);
    } else if (type instanceof Nested nested) {
      return CodeBlock.of("$T.INSTANCE", codecOf(nested));
    }
    String g = "g" + depth;
    String v = "v" + depth;
    return CodeBlock.of("($N, $N) -> $L", g, v, write(type, g, CodeBlock.of("$N", v), depth));
  }

  /** An expression that reads a value of {@code type} at the parser named {@code p}. */
  private static CodeBlock read(ValueType type, String p, int depth) {
    if (type instanceof Scalar scalar) {
      return CodeBlock.of("$T.read$L($N)", JSON, scalar.suffix(), p);
    } else if (type instanceof EnumValue enumValue) {
      return CodeBlock.of("$T.readEnum($N, $T.class)", JSON, p, ClassName.get(enumValue.type()));
    } else if (type instanceof Nested nested) {
      return CodeBlock.of("$T.INSTANCE.read($N)", codecOf(nested), p);
    } else if (type instanceof CollectionOf collection) {
      return CodeBlock.of(
          "$T.$N($N, $L)",
          JSON,
          collection.kind().reader,
          p,
          reader(collection.element(), depth + 1));
    } else if (type instanceof MapOf map) {
      return CodeBlock.of("$T.readMap($N, $L)", JSON, p, reader(map.value(), depth + 1));
    } else {
      OptionalOf optional = (OptionalOf) type;
      return CodeBlock.of("$T.readOptional($N, $L)", JSON, p, reader(optional.value(), depth + 1));
    }
  }

  /** A {@code Json.Reader} expression for values of {@code type}. */
  private static CodeBlock reader(ValueType type, int depth) {
    if (type instanceof Scalar scalar) {
      return CodeBlock.of("$T::read$L", JSON, scalar.suffix());
    } else if (type instanceof Nested nested) {
      return CodeBlock.of("$T.INSTANCE", codecOf(nested));
    }
    String p = "p" + depth;
    return CodeBlock.of("$N -> $L", p, read(type, p, depth));
  }

  private static CodeBlock initialValue(ValueType type) {
    if (type instanceof Scalar scalar && scalar.primitive()) {
      return CodeBlock.of("$L", scalar.defaultValue());
    } else if (type instanceof OptionalOf) {
      return CodeBlock.of("$T.empty()", Optional.class);
    }
    return CodeBlock.of("null");
  }

  private static boolean isPrimitive(ValueType type) {
    return type instanceof Scalar scalar && scalar.primitive();
  }

  private static ClassName codecOf(Nested nested) {
    return GeneratedNames.of(nested.type(), GeneratedNames.JSON_CODEC);
  }

  private static String upperSnake(String name) {
    StringBuilder snake = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(name.charAt(i - 1))) {
        snake.append('_');
      }
      snake.append(Character.toUpperCase(c));
    }
    return snake.toString();
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
