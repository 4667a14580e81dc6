package io.tidings.processor.write;

import com.palantir.javapoet.ClassName;
import io.tidings.processor.GeneratedNames;
import io.tidings.processor.model.TopicModel;
import javax.lang.model.element.TypeElement;

/** The generated codec a payload type is encoded with on a topic: JSON or Avro, by its format. */
final class Codecs {
  private Codecs() {}

  static ClassName of(TypeElement payload, TopicModel topic) {
    return GeneratedNames.of(
        payload, isAvro(topic) ? GeneratedNames.AVRO_CODEC : GeneratedNames.JSON_CODEC);
  }

  static boolean isAvro(TopicModel topic) {
    return topic.annotation().format().equals("AVRO");
  }
}
