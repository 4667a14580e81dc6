package io.tidings.it;

import com.google.inject.Module;
import io.tidings.kafka.KafkaBroker;
import io.tidings.kafka.KafkaModule;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The user project on a real Kafka broker (started inside the test JVM): the same tests as on
 * memory, with only the Guice module swapped. Topics are created by Tidings' provisioning.
 */
class KafkaUserProjectTest extends UserProjectContract {
  @RegisterExtension static final KafkaBroker KAFKA = new KafkaBroker();

  @Override
  protected Module backend() {
    return new KafkaModule(KAFKA.settings().set("KAFKA_CONSUMER_CONCURRENCY", "2").build());
  }
}
