package io.tidings.processor.write;

import static io.tidings.processor.write.RuntimeNames.DELIVERY;
import static io.tidings.processor.write.RuntimeNames.DISPATCHER;
import static io.tidings.processor.write.RuntimeNames.GENERATED;
import static io.tidings.processor.write.RuntimeNames.HEADER_VALUES;
import static io.tidings.processor.write.RuntimeNames.KEYS;
import static io.tidings.processor.write.RuntimeNames.ROUTE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.tidings.processor.GeneratedNames;
import io.tidings.processor.model.ConsumerMethod;
import io.tidings.processor.model.ConsumerModel;
import io.tidings.processor.model.ConsumerReturn;
import io.tidings.processor.model.FailureModel;
import io.tidings.processor.model.HeaderType;
import io.tidings.processor.model.Parameter;
import io.tidings.processor.model.Role;
import io.tidings.processor.model.TopicModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Writes {@code <Consumer>_Dispatcher}: the route table (one route per {@code @Consumes} method, in
 * declaration order), a {@code dispatch} that decodes a delivery and calls the method directly, and
 * the {@code Registration} the runtime finds through {@code ServiceLoader}. Only called for valid
 * consumers; never validates.
 */
public final class DispatcherWriter {
  private static final ClassName FAILURE_POLICY = ClassName.get("io.tidings.runtime.spi", "FailurePolicy");
  private static final ClassName BACKOFF = ClassName.get("io.tidings.annotations", "Backoff");
  private static final ClassName DEAD_LETTER = ClassName.get("io.tidings.runtime", "DeadLetter");

  /** The dispatcher's class name for {@code consumer}. */
  public static ClassName nameOf(TypeElement consumer) {
    return GeneratedNames.of(consumer, GeneratedNames.DISPATCHER);
  }

  /** The dispatcher source for a valid consumer. */
  public JavaFile write(ConsumerModel consumer) {
    ClassName dispatcher = nameOf(consumer.element());
    ClassName target = ClassName.get(consumer.element());
    TypeName routeList = ParameterizedTypeName.get(ClassName.get(List.class), ROUTE);
    TypeSpec type = TypeSpec.classBuilder(dispatcher)
        .addJavadoc(
            "Calls the {@code @Consumes} methods of {@link $T} for the records of their topics;\n"
                + "generated from that class.\n",
            target)
        .addAnnotation(GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(DISPATCHER)
        .addOriginatingElement(consumer.element())
        .addField(FieldSpec.builder(routeList, "ROUTES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(routes(consumer))
            .build())
        .addField(target, "consumer", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Creates the dispatcher around the consumer instance Guice created.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(target, "consumer")
            .addStatement("this.consumer = $T.requireNonNull(consumer, $S)", Objects.class, "consumer")
            .build())
        .addMethod(MethodSpec.methodBuilder("routes")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(routeList)
            .addStatement("return ROUTES")
            .build())
        .addMethod(dispatch(consumer, dispatcher))
        .addType(RuntimeNames.registration(
            "dispatcher", CodeBlock.of("registry.consumer($T.class, $T::new)", target, dispatcher)))
        .build();
    return JavaFile.builder(dispatcher.packageName(), type).skipJavaLangImports(true).build();
  }

  private static CodeBlock routes(ConsumerModel consumer) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of(\n$>$>", List.class);
    List<ConsumerMethod> methods = consumer.methods();
    for (int i = 0; i < methods.size(); i++) {
      ConsumerMethod method = methods.get(i);
      code.add(
          "new $T($T.TOPIC, $S, $S, $L, $S",
          ROUTE,
          PublisherWriter.nameOf(method.topic().element()),
          method.annotation().group(),
          payloadType(method).getSimpleName().toString(),
          i,
          method.display());
      if (!method.failure().isDefault() || method.readsDeadLetters()) {
        code.add(",\n$>$L$<", failurePolicy(method.failure()));
      }
      if (method.readsDeadLetters()) {
        code.add(",\n$>true$<");
      }
      code.add(")");
      code.add(i + 1 < methods.size() ? ",\n" : ")");
    }
    return code.add("$<$<").build();
  }

  /**
   * {@code FailurePolicy.DEFAULT.withMaxAttempts(5)...}: one {@code with...} call per value the
   * annotations set, in a fixed order.
   */
  private static CodeBlock failurePolicy(FailureModel failure) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.DEFAULT$>", FAILURE_POLICY);
    if (failure.maxAttempts() != null) {
      code.add("\n.withMaxAttempts($L)", failure.maxAttempts());
    }
    if (failure.initialDelayMillis() != null) {
      code.add("\n.withInitialDelay($T.ofMillis($LL))", Duration.class, failure.initialDelayMillis());
    }
    if (failure.maxDelayMillis() != null) {
      code.add("\n.withMaxDelay($T.ofMillis($LL))", Duration.class, failure.maxDelayMillis());
    }
    if (failure.multiplier() != null) {
      code.add("\n.withMultiplier($L)", FailureModel.number(failure.multiplier()) + "d");
    }
    if (failure.backoff() != null) {
      code.add("\n.withBackoff($T.$N)", BACKOFF, failure.backoff());
    }
    if (failure.jitter() != null) {
      code.add("\n.withJitter($L)", FailureModel.number(failure.jitter()) + "d");
    }
    if (!failure.permanent().isEmpty()) {
      code.add("\n.withPermanent($L)", classes(failure.permanent()));
    }
    if (!failure.business().isEmpty()) {
      code.add("\n.withBusiness($L)", classes(failure.business()));
    }
    if (failure.deadLetterTopic() != null) {
      code.add("\n.withDeadLetterTopic($S)", failure.deadLetterTopic());
    }
    return code.add("$<").build();
  }

  private static CodeBlock classes(List<FailureModel.Mapping> mappings) {
    List<CodeBlock> classes = new ArrayList<>();
    for (FailureModel.Mapping mapping : mappings) {
      classes.add(CodeBlock.of("$T.class", ClassName.get(mapping.element())));
    }
    return CodeBlock.join(classes, ", ");
  }

  private static MethodSpec dispatch(ConsumerModel consumer, ClassName dispatcher) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("dispatch")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(CompletionStage.class), ClassName.get(Void.class)))
        .addParameter(TypeName.INT, "route")
        .addParameter(DELIVERY, "delivery")
        .addException(Exception.class)
        .beginControlFlow("switch (route)");
    List<ConsumerMethod> methods = consumer.methods();
    for (int i = 0; i < methods.size(); i++) {
      ConsumerMethod consumerMethod = methods.get(i);
      method.addCode("case $L:\n$>", i);
      CodeBlock call = call(consumerMethod);
      if (consumerMethod.returns() == ConsumerReturn.VOID) {
        method.addStatement(call).addStatement("return DONE");
      } else {
        method.addStatement("return $L", call);
      }
      method.addCode("$<");
    }
    return method
        .addCode("default:\n$>")
        .addStatement("throw new $T($S + route)", IllegalArgumentException.class, dispatcher.simpleName() + " has no route ")
        .addCode("$<")
        .endControlFlow()
        .build();
  }

  private static CodeBlock call(ConsumerMethod method) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (Parameter parameter : method.parameters()) {
      arguments.add(argument(parameter, method.topic()));
    }
    CodeBlock.Builder call = CodeBlock.builder().add("consumer.$N(", method.name());
    if (arguments.size() == 1) {
      call.add(arguments.get(0));
    } else {
      for (int i = 0; i < arguments.size(); i++) {
        call.add("\n").add(arguments.get(i)).add(i + 1 < arguments.size() ? "," : "");
      }
    }
    return call.add(")").build();
  }

  private static CodeBlock argument(Parameter parameter, TopicModel topic) {
    if (parameter.role() == Role.PAYLOAD) {
      TypeMirror payloadType = ConsumerMethod.payloadOf(parameter.type());
      TypeElement payload = (TypeElement) ((DeclaredType) payloadType).asElement();
      if (payloadType != parameter.type()) {
        return CodeBlock.of("$T.of(delivery, $T.INSTANCE)", DEAD_LETTER, Codecs.of(payload, topic));
      }
      if (Codecs.isAvro(topic)) { // the writer schema's fingerprint is in the headers
        return CodeBlock.of("$T.INSTANCE.decode(delivery.value(), delivery)", Codecs.of(payload, topic));
      }
      return CodeBlock.of("$T.INSTANCE.decode(delivery.value())", Codecs.of(payload, topic));
    }
    if (parameter.role() == Role.KEY) {
      return CodeBlock.of("$T.$N(delivery.key())", KEYS, parameter.keyType().decoder());
    }
    if (parameter.role() == Role.HEADER) {
      if (parameter.headerType() == HeaderType.ENUM) {
        return CodeBlock.of(
            "$T.$N(delivery, $S, $T.class)",
            HEADER_VALUES,
            parameter.headerType().decoder(),
            parameter.header().name(),
            TypeName.get(parameter.type()));
      }
      return CodeBlock.of("$T.$N(delivery, $S)", HEADER_VALUES, parameter.headerType().decoder(), parameter.header().name());
    }
    return CodeBlock.of("delivery.metadata()");
  }

  private static TypeElement payloadType(ConsumerMethod method) {
    TypeMirror type = ConsumerMethod.payloadOf(method.withRole(Role.PAYLOAD).get(0).type());
    return (TypeElement) ((DeclaredType) type).asElement();
  }
}
