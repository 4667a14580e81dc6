package io.tidings.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** The runtime types generated code refers to, and the {@code @Generated} every generated type carries. */
final class RuntimeNames {
  static final String SPI = "io.tidings.runtime.spi";
  static final String CODEC = "io.tidings.runtime.codec";

  static final ClassName TOPIC_DESCRIPTOR = ClassName.get(SPI, "TopicDescriptor");
  static final ClassName EVENT_TYPE = ClassName.get(SPI, "EventType");
  static final ClassName PUBLISH_CHANNEL = ClassName.get(SPI, "PublishChannel");
  static final ClassName RECORD_HEADER = ClassName.get(SPI, "RecordHeader");
  static final ClassName COMPONENT = ClassName.get(SPI, "Component");
  static final ClassName COMPONENT_REGISTRY = ClassName.get(SPI, "ComponentRegistry");
  static final ClassName DISPATCHER = ClassName.get(SPI, "Dispatcher");
  static final ClassName ROUTE = ClassName.get(SPI, "Route");
  static final ClassName DELIVERY = ClassName.get(SPI, "Delivery");
  static final ClassName KEYS = ClassName.get(CODEC, "Keys");
  static final ClassName HEADER_VALUES = ClassName.get(CODEC, "HeaderValues");
  static final ClassName FORMAT = ClassName.get("io.tidings.annotations", "Format");
  static final ClassName RECEIPT = ClassName.get("io.tidings.runtime", "Receipt");

  /** The nested class every generated type registers itself with. */
  static final String REGISTRATION = "Registration";

  static final AnnotationSpec GENERATED = AnnotationSpec.builder(
          ClassName.get("javax.annotation.processing", "Generated"))
      .addMember("value", "$S", "io.tidings.processor.TidingsProcessor")
      .build();

  private RuntimeNames() {}

  /**
   * The nested {@code Registration} class through which {@code TidingsModule} finds a generated
   * type: {@code register(registry)} runs {@code registration}, e.g. {@code registry.topic(...)}.
   */
  static TypeSpec registration(String what, CodeBlock registration) {
    return TypeSpec.classBuilder(REGISTRATION)
        .addJavadoc("Registers this $L with {@code TidingsModule}.\n", what)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(COMPONENT)
        .addMethod(MethodSpec.methodBuilder("register")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(COMPONENT_REGISTRY, "registry")
            .addStatement(registration)
            .build())
        .build();
  }
}
