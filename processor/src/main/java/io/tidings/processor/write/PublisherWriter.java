package io.tidings.processor.write;

import static io.tidings.processor.write.RuntimeNames.EVENT_TYPE;
import static io.tidings.processor.write.RuntimeNames.FORMAT;
import static io.tidings.processor.write.RuntimeNames.GENERATED;
import static io.tidings.processor.write.RuntimeNames.HEADER_VALUES;
import static io.tidings.processor.write.RuntimeNames.KEYS;
import static io.tidings.processor.write.RuntimeNames.PUBLISH_CHANNEL;
import static io.tidings.processor.write.RuntimeNames.RECORD_HEADER;
import static io.tidings.processor.write.RuntimeNames.TOPIC_DESCRIPTOR;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.tidings.processor.GeneratedNames;
import io.tidings.processor.model.EventTypeModel;
import io.tidings.processor.model.KeyType;
import io.tidings.processor.model.Parameter;
import io.tidings.processor.model.PublishMethod;
import io.tidings.processor.model.PublishReturn;
import io.tidings.processor.model.Role;
import io.tidings.processor.model.TopicModel;
import io.tidings.processor.read.TopicAnnotation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Writes {@code <Topic>_Publisher}: the topic's {@code TopicDescriptor}, an implementation of every
 * publish method that encodes key, payload and headers and hands them to the channel, and the
 * {@code Registration} the runtime finds through {@code ServiceLoader}. Only called for valid
 * topics; never validates.
 */
public final class PublisherWriter {

  /** The publisher's class name for {@code topic}. */
  public static ClassName nameOf(TypeElement topic) {
    return GeneratedNames.of(topic, GeneratedNames.PUBLISHER);
  }

  /** The publisher source for a valid topic. */
  public JavaFile write(TopicModel topic) {
    ClassName publisher = nameOf(topic.element());
    ClassName api = ClassName.get(topic.element());
    TypeSpec.Builder type = TypeSpec.classBuilder(publisher)
        .addJavadoc(
            "Publishes to the topic {@code $L} through {@link $T}; generated from that interface.\n"
                + "Inject {@code $T} rather than this class.\n",
            topic.annotation().name(),
            api,
            api)
        .addAnnotation(GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(api)
        .addOriginatingElement(topic.element())
        .addField(FieldSpec.builder(TOPIC_DESCRIPTOR, "TOPIC", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The topic {@code $L} as {@link $T} declares it.\n", topic.annotation().name(), api)
            .initializer(descriptor(topic, api))
            .build())
        .addField(PUBLISH_CHANNEL, "channel", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Creates the publisher; the runtime passes the topic's channel.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(PUBLISH_CHANNEL, "channel")
            .addStatement("this.channel = $T.requireNonNull(channel, $S)", Objects.class, "channel")
            .build());
    for (PublishMethod method : topic.methods()) {
      type.addMethod(publishMethod(topic, method));
    }
    type.addType(RuntimeNames.registration(
        "publisher", CodeBlock.of("registry.topic($T.class, TOPIC, $T::new)", api, publisher)));
    return JavaFile.builder(publisher.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static CodeBlock descriptor(TopicModel topic, ClassName api) {
    TopicAnnotation annotation = topic.annotation();
    KeyType key = topic.keyType();
    CodeBlock.Builder code = CodeBlock.builder()
        .add("new $T(\n$>$>", TOPIC_DESCRIPTOR)
        .add("$S,\n", annotation.name())
        .add("$T.class,\n", api)
        .add("$L,\n", annotation.partitions())
        .add("$T.$L,\n", FORMAT, annotation.format())
        .add("(short) $L,\n", annotation.replicas());
    if (annotation.retention().isEmpty()) {
      code.add("null,\n");
    } else {
      code.add("$T.parse($S),\n", Duration.class, annotation.retention());
    }
    code.add("$L,\n", annotation.compacted());
    if (key == null) {
      code.add("null,\n");
    } else {
      code.add("$T.class,\n", key.boxed());
    }
    List<EventTypeModel> eventTypes = topic.eventTypes();
    if (eventTypes.isEmpty()) {
      code.add("$T.of())", List.class);
    } else {
      code.add("$T.of(\n$>$>", List.class);
      for (int i = 0; i < eventTypes.size(); i++) {
        EventTypeModel eventType = eventTypes.get(i);
        code.add(
            "new $T<>($S, $T.class, $T.INSTANCE)",
            EVENT_TYPE,
            eventType.name(),
            ClassName.get(eventType.type()),
            Codecs.of(eventType.type(), topic));
        code.add(i + 1 < eventTypes.size() ? ",\n" : "))$<$<");
      }
    }
    return code.add("$<$<").build();
  }

  private static MethodSpec publishMethod(TopicModel topic, PublishMethod method) {
    MethodSpec.Builder builder = MethodSpec.methodBuilder(method.name())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.get(method.returnType()))
        .varargs(method.varargs());
    for (Parameter parameter : method.parameters()) {
      builder.addParameter(ParameterSpec.builder(TypeName.get(parameter.type()), parameter.name()).build());
    }
    Parameter payload = method.payload();
    builder.addStatement(
        "$T.requireNonNull($N, $S)",
        Objects.class,
        payload.name(),
        method.display() + ": " + payload.name() + " must not be null");
    List<Parameter> keys = method.withRole(Role.KEY);
    Parameter key = keys.isEmpty() ? null : keys.get(0);
    if (key != null && topic.annotation().compacted() && !key.type().getKind().isPrimitive()) {
      builder.addStatement(
          "$T.requireNonNull($N, $S)",
          Objects.class,
          key.name(),
          method.display() + ": " + key.name() + " must not be null, because topic "
              + topic.annotation().name() + " is compacted");
    }
    boolean shadowed = method.parameters().stream().anyMatch(parameter -> parameter.name().equals("channel"));
    CodeBlock.Builder call = CodeBlock.builder();
    if (method.returns() != PublishReturn.VOID) {
      call.add("return ");
    }
    call.add(shadowed ? "this.channel" : "channel");
    call.add(method.returns() == PublishReturn.FUTURE ? ".publishAsync(\n" : ".publish(\n");
    call.add(key == null ? "null" : "$T.encode($N)", key == null ? new Object[0] : new Object[] {KEYS, key.name()});
    TypeElement payloadType = (TypeElement) ((DeclaredType) payload.type()).asElement();
    call.add(",\n$S,\n", payloadType.getSimpleName().toString());
    call.add("$T.INSTANCE.encode($N),\n", Codecs.of(payloadType, topic), payload.name());
    List<Parameter> headers = method.withRole(Role.HEADER);
    if (Codecs.isAvro(topic)) { // the writer schema's fingerprint first, then the method's headers
      call.add("$T.of($T.INSTANCE.schemaHeader()", List.class, Codecs.of(payloadType, topic));
      for (Parameter header : headers) {
        call.add(",\n$L", header(header));
      }
      call.add("))");
    } else if (headers.isEmpty()) {
      call.add("$T.of())", List.class);
    } else if (headers.size() == 1) {
      call.add("$T.of($L))", List.class, header(headers.get(0)));
    } else {
      call.add("$T.of(", List.class);
      for (int i = 0; i < headers.size(); i++) {
        call.add(i == 0 ? "\n$>$>$L" : ",\n$L", header(headers.get(i)));
      }
      call.add("$<$<))");
    }
    return builder.addStatement(call.build()).build();
  }

  private static CodeBlock header(Parameter header) {
    return CodeBlock.of("$T.utf8($S, $T.encode($N))", RECORD_HEADER, header.header().name(), HEADER_VALUES, header.name());
  }
}
