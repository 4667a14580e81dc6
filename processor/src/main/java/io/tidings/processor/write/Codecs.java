package io.tidings.processor.write;

import com.palantir.javapoet.ClassName;
import io.tidings.processor.GeneratedNames;
import javax.lang.model.element.TypeElement;

/** The generated codec a payload type is encoded with (JSON until Avro is supported). */
final class Codecs {
  private Codecs() {}

  static ClassName of(TypeElement payload) {
    return GeneratedNames.of(payload, GeneratedNames.JSON_CODEC);
  }
}
