package io.tidings.conformance;

import com.google.inject.Module;
import io.tidings.kafka.KafkaBroker;
import io.tidings.kafka.KafkaModule;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The conformance suite over a real Kafka broker started in this JVM (one for the whole run): short
 * sessions and a short redelivery pause, so the run stays well under two minutes.
 */
class KafkaConformanceTest extends TransportConformance {
  @RegisterExtension
  static final KafkaBroker KAFKA = new KafkaBroker();

  @Override
  protected Module transport() {
    return new KafkaModule(KAFKA.settings().clientId("conformance").build());
  }
}
