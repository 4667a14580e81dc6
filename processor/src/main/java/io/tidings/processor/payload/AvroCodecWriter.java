package io.tidings.processor.payload;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
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
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Writes the Avro codec of a payload type and of every payload type it reaches: {@code
 * BookingCreated_AvroCodec}, an {@code AvroCodec<BookingCreated>} with a {@code public static final
 * INSTANCE}, its schema as the constant {@code SCHEMA} and its recorded versions in {@code HISTORY}.
 * The codec calls the payload's accessors and constructor or setters directly and {@code
 * io.tidings.runtime.codec.Avro}'s helpers for every value, in schema order; reading follows the
 * field order a resolving decoder gives, so records of recorded earlier versions read through the
 * same code.
 *
 * <p>Create one per processor initialisation: it writes each codec once per run, never one already
 * on the class path. Renders only what {@link Payloads} and {@link AvroSchemas} accepted. Not
 * thread-safe.
 */
public final class AvroCodecWriter {
  private static final String PROCESSOR = "io.tidings.processor.TidingsProcessor";
  private static final String CODEC_PACKAGE = "io.tidings.runtime.codec";
  private static final ClassName AVRO = ClassName.get(CODEC_PACKAGE, "Avro");
  private static final ClassName AVRO_CODEC = ClassName.get(CODEC_PACKAGE, "AvroCodec");
  private static final ClassName ENCODER = ClassName.get("org.apache.avro.io", "Encoder");
  private static final ClassName DECODER = ClassName.get("org.apache.avro.io", "Decoder");
  private static final ClassName FIELD = ClassName.get("org.apache.avro", "Schema", "Field");
  private static final ClassName DECODE_EXCEPTION = ClassName.get(CODEC_PACKAGE, "DecodeException");
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  private static final int MAX_LAMBDA_DEPTH = 16;

  private final Filer filer;
  private final Elements elements;
  private final Payloads payloads;
  private final AvroSchemas schemas;
  private final Set<String> written = new HashSet<>();

  /** Creates the writer for one processor run. */
  public AvroCodecWriter(ProcessingEnvironment env, Payloads payloads, AvroSchemas schemas) {
    this.filer = env.getFiler();
    this.elements = env.getElementUtils();
    this.payloads = payloads;
    this.schemas = schemas;
  }

  /**
   * Writes the Avro codec of {@code analysis.type()} and of every payload type it reaches, once each
   * per processor run, skipping codecs already on the class path.
   *
   * @param analysis an ok analysis whose {@link AvroSchemas#derive} has no problems
   * @param history the recorded schema versions of the payload type, as JSON, oldest first
   * @param schema the payload's canonical schema: the derived one, or the matching declared one
   * @param originatingElement the element the codecs are generated for
   */
  public void writeCodecs(
      PayloadAnalysis analysis, List<String> history, String schema, Element originatingElement)
      throws IOException {
    for (PayloadModel model : payloads.models(analysis)) {
      ClassName name = GeneratedNames.of(model.type(), GeneratedNames.AVRO_CODEC);
      if (written.add(name.canonicalName())
          && elements.getTypeElement(name.canonicalName()) == null) {
        AvroPayload avro = schemas.derive(payloads.analyze(model.type().asType()));
        boolean root = model.type().equals(analysis.type());
        List<String> versions = root ? history : List.of();
        JavaFile.builder(
                name.packageName(),
                codec(
                    name,
                    model,
                    root ? schema : avro.schema().toString(),
                    versions,
                    originatingElement))
            .skipJavaLangImports(true)
            .indent("  ")
            .build()
            .writeTo(filer);
      }
    }
  }

  private TypeSpec codec(
      ClassName name,
      PayloadModel model,
      String schema,
      List<String> history,
      Element originatingElement) {
    ClassName payload = ClassName.get(model.type());
    Map<TypeElement, String> enums = new LinkedHashMap<>();
    for (Property property : model.properties()) {
      collectEnums(property.value(), enums);
    }
    TypeSpec.Builder codec =
        TypeSpec.classBuilder(name)
            .addJavadoc(
                "The Avro codec of {@link $T}, generated by Tidings from its $L.\n",
                payload,
                model.record() ? "record components" : "bean properties")
            .addJavadoc(
                "Writes and reads Avro binary with the schema {@link #SCHEMA}; reads records of the"
                    + " versions in\n{@code HISTORY} by schema resolution. Stateless and"
                    + " thread-safe.\n")
            .addAnnotation(
                AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(AVRO_CODEC, payload))
            .addField(
                FieldSpec.builder(String.class, "SCHEMA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The current Avro schema of {@link $T}, derived at compile time.\n", payload)
                    .initializer("$S", schema)
                    .build());
    CodeBlock.Builder versions = CodeBlock.builder();
    if (history.isEmpty()) {
      versions.add("$T.of()", List.class);
    } else {
      versions.add("$T.of(\n$>$>", List.class);
      for (int i = 0; i < history.size(); i++) {
        versions.add("$S", history.get(i));
        versions.add(i + 1 < history.size() ? ",\n" : ")$<$<");
      }
    }
    codec.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(List.class, String.class),
                "HISTORY",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The recorded versions of the schema, oldest first.\n")
            .initializer(versions.build())
            .build());
    for (Map.Entry<TypeElement, String> entry : enums.entrySet()) {
      ClassName enumType = ClassName.get(entry.getKey());
      codec.addField(
          FieldSpec.builder(ArrayTypeName.of(enumType), entry.getValue(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("$T.values()", enumType)
              .build());
    }
    codec
        .addField(
            FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The codec.\n")
                .initializer("new $T()", name)
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addStatement("super($T.class, SCHEMA, HISTORY)", payload)
                .build())
        .addMethod(writeObject(payload, model, enums))
        .addMethod(readObject(payload, model, enums));
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

  private static void collectEnums(ValueType value, Map<TypeElement, String> enums) {
    if (value instanceof EnumValue enumValue) {
      if (!enums.containsKey(enumValue.type())) {
        String constant =
            Payloads.displayName(enumValue.type())
                .replace('.', '_')
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toUpperCase(java.util.Locale.ROOT);
        while (enums.containsValue(constant) || constant.equals("SCHEMA") || constant.equals("HISTORY") || constant.equals("INSTANCE")) {
          constant = constant + "_";
        }
        enums.put(enumValue.type(), constant);
      }
    } else if (value instanceof CollectionOf collection) {
      collectEnums(collection.element(), enums);
    } else if (value instanceof MapOf map) {
      collectEnums(map.value(), enums);
    } else if (value instanceof OptionalOf optional) {
      collectEnums(optional.value(), enums);
    }
  }

  private MethodSpec writeObject(ClassName payload, PayloadModel model, Map<TypeElement, String> enums) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("writeObject")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addParameter(ENCODER, "e")
            .addParameter(payload, "value")
            .addException(IOException.class);
    for (Property property : model.properties()) {
      Accessor getter = property.getter();
      CodeBlock read =
          getter.field()
              ? CodeBlock.of("value.$N", getter.name())
              : CodeBlock.of("value.$N()", getter.name());
      String path = Payloads.displayName(model.type()) + "." + property.name();
      ValueType value = property.value();
      if (value instanceof OptionalOf) {
        method.addStatement(write(property, value, "e", read, 0));
      } else if (schemas.isNullable(property)) {
        method.addStatement(
            "$T.writeNullable(e, $L, $L)", AVRO, read, writer(property, value, 1));
      } else if (isPrimitive(value)) {
        method.addStatement(write(property, value, "e", read, 0));
      } else {
        method.addStatement(
            write(property, value, "e", CodeBlock.of("$T.present($L, $S)", AVRO, read, path), 0));
      }
    }
    return method.build();
  }

  private MethodSpec readObject(ClassName payload, PayloadModel model, Map<TypeElement, String> enums) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("readObject")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(payload)
            .addParameter(DECODER, "d")
            .addException(IOException.class);
    NameAllocator names = new NameAllocator();
    for (String reserved : new String[] {"d", "e", "value", "order", "i", "field"}) {
      names.newName(reserved);
    }
    for (int depth = 1; depth <= MAX_LAMBDA_DEPTH; depth++) {
      names.newName("d" + depth);
      names.newName("e" + depth);
      names.newName("v" + depth);
    }
    List<CodeBlock> arguments = new ArrayList<>();
    if (model.record()) {
      for (Property property : model.properties()) {
        String local = names.newName(property.name(), property);
        arguments.add(CodeBlock.of("$N", local));
        method.addStatement(
            "$T $N = $L", TypeName.get(property.javaType()), local, initialValue(property.value()));
      }
    } else {
      method.addStatement("$T value = new $T()", payload, payload);
    }
    if (model.properties().isEmpty()) {
      method.addStatement("$T.fieldOrder(d)", AVRO);
    } else {
      method
          .addStatement("$T[] order = $T.fieldOrder(d)", FIELD, AVRO)
          .beginControlFlow("for (int i = 0; i < $L; i++)", model.properties().size())
          .addStatement("int field = order == null ? i : order[i].pos()")
          .beginControlFlow("try")
          .beginControlFlow("switch (field)");
      List<Property> properties = model.properties();
      for (int i = 0; i < properties.size(); i++) {
        Property property = properties.get(i);
        CodeBlock read = readField(property, enums);
        if (model.record()) {
          method.addCode("case $L -> $N = $L;\n", i, names.get(property), read);
        } else {
          Accessor setter = property.setter();
          method.addCode(
              setter.field() ? "case $L -> value.$N = $L;\n" : "case $L -> value.$N($L);\n",
              i,
              setter.name(),
              read);
        }
      }
      method
          .addCode(
              "default -> throw new $T($S + field);\n",
              IllegalStateException.class,
              "no field at position ")
          .endControlFlow()
          .nextControlFlow("catch ($T e)", DECODE_EXCEPTION)
          .addStatement("throw $T.inField(e, schema(), field)", AVRO)
          .endControlFlow()
          .endControlFlow();
    }
    if (model.record()) {
      return method
          .addStatement("return new $T($L)", payload, CodeBlock.join(arguments, ",$W"))
          .build();
    }
    return method.addStatement("return value").build();
  }

  private CodeBlock readField(Property property, Map<TypeElement, String> enums) {
    ValueType value = property.value();
    if (!(value instanceof OptionalOf) && schemas.isNullable(property)) {
      return CodeBlock.of("$T.readNullable(d, $L)", AVRO, reader(property, value, enums, 1));
    }
    return read(property, value, enums, "d", 0);
  }

  /** A statement that writes a non-null {@code value} of {@code type} to the encoder named {@code e}. */
  private CodeBlock write(Property property, ValueType type, String e, CodeBlock value, int depth) {
    if (type instanceof Scalar scalar) {
      if (scalar.suffix().equals("BigDecimal")) {
        int[] decimal = schemas.decimal(property);
        return CodeBlock.of(
            "$T.writeDecimal($N, $L, $L, $L)", AVRO, e, value, decimal[0], decimal[1]);
      }
      return CodeBlock.of("$T.write$L($N, $L)", AVRO, helper(scalar), e, value);
    } else if (type instanceof EnumValue) {
      return CodeBlock.of("$T.writeEnum($N, $L)", AVRO, e, value);
    } else if (type instanceof Nested nested) {
      return CodeBlock.of("$T.INSTANCE.write($N, $L)", codecOf(nested), e, value);
    } else if (type instanceof CollectionOf collection) {
      return CodeBlock.of(
          "$T.writeCollection($N, $L, $L)",
          AVRO,
          e,
          value,
          writer(property, collection.element(), depth + 1));
    } else if (type instanceof MapOf map) {
      return CodeBlock.of(
          "$T.writeMap($N, $L, $L)", AVRO, e, value, writer(property, map.value(), depth + 1));
    } else {
      OptionalOf optional = (OptionalOf) type;
      return CodeBlock.of(
          "$T.writeOptional($N, $L, $L)",
          AVRO,
          e,
          value,
          writer(property, optional.value(), depth + 1));
    }
  }

  /** An {@code Avro.Writer} expression for values of {@code type}. */
  private CodeBlock writer(Property property, ValueType type, int depth) {
    if (type instanceof Scalar scalar && !scalar.suffix().equals("BigDecimal")) {
      return CodeBlock.of("$T::write$L", AVRO, helper(scalar));
    } else if (type instanceof EnumValue) {
      return CodeBlock.of("$T::writeEnum", AVRO);
    } else if (type instanceof Nested nested) {
      return CodeBlock.of("$T.INSTANCE", codecOf(nested));
    }
    String e = "e" + depth;
    String v = "v" + depth;
    return CodeBlock.of(
        "($N, $N) -> $L", e, v, write(property, type, e, CodeBlock.of("$N", v), depth));
  }

  /** An expression that reads a value of {@code type} from the decoder named {@code d}. */
  private CodeBlock read(
      Property property, ValueType type, Map<TypeElement, String> enums, String d, int depth) {
    if (type instanceof Scalar scalar) {
      if (scalar.suffix().equals("BigDecimal")) {
        return CodeBlock.of("$T.readDecimal($N, $L)", AVRO, d, schemas.decimal(property)[1]);
      }
      return CodeBlock.of("$T.read$L($N)", AVRO, helper(scalar), d);
    } else if (type instanceof EnumValue enumValue) {
      return CodeBlock.of("$T.readEnum($N, $N)", AVRO, d, enums.get(enumValue.type()));
    } else if (type instanceof Nested nested) {
      return CodeBlock.of("$T.INSTANCE.read($N)", codecOf(nested), d);
    } else if (type instanceof CollectionOf collection) {
      return CodeBlock.of(
          "$T.$N($N, $L)",
          AVRO,
          collection.kind().reader,
          d,
          reader(property, collection.element(), enums, depth + 1));
    } else if (type instanceof MapOf map) {
      return CodeBlock.of(
          "$T.readMap($N, $L)", AVRO, d, reader(property, map.value(), enums, depth + 1));
    } else {
      OptionalOf optional = (OptionalOf) type;
      return CodeBlock.of(
          "$T.readOptional($N, $L)", AVRO, d, reader(property, optional.value(), enums, depth + 1));
    }
  }

  /** An {@code Avro.Reader} expression for values of {@code type}. */
  private CodeBlock reader(
      Property property, ValueType type, Map<TypeElement, String> enums, int depth) {
    if (type instanceof Scalar scalar && !scalar.suffix().equals("BigDecimal")) {
      return CodeBlock.of("$T::read$L", AVRO, helper(scalar));
    } else if (type instanceof Nested nested) {
      return CodeBlock.of("$T.INSTANCE", codecOf(nested));
    }
    String d = "d" + depth;
    return CodeBlock.of("$N -> $L", d, read(property, type, enums, d, depth));
  }

  /** The {@code Avro} helper suffix of a scalar: {@code IntOrNull} → {@code Int}. */
  private static String helper(Scalar scalar) {
    String suffix = scalar.suffix();
    return suffix.endsWith("OrNull") ? suffix.substring(0, suffix.length() - "OrNull".length()) : suffix;
  }

  private static CodeBlock initialValue(ValueType type) {
    if (type instanceof Scalar scalar && scalar.primitive()) {
      return CodeBlock.of("$L", scalar.defaultValue());
    }
    return CodeBlock.of("null");
  }

  private static boolean isPrimitive(ValueType type) {
    return type instanceof Scalar scalar && scalar.primitive();
  }

  private static ClassName codecOf(Nested nested) {
    return GeneratedNames.of(nested.type(), GeneratedNames.AVRO_CODEC);
  }
}
