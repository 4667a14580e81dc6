package io.tidings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.tidings.it.consumers.AvroRecorder;
import io.tidings.it.consumers.Received;
import io.tidings.it.model.Customer;
import io.tidings.it.model.Node;
import io.tidings.it.model.Tier;
import io.tidings.it.topics.AvroCatalog;
import io.tidings.kafka.KafkaBroker;
import io.tidings.kafka.KafkaModule;
import io.tidings.runtime.Tidings;
import io.tidings.runtime.TidingsModule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Avro topic of the user project on a real Kafka broker (started in the test JVM): payloads
 * and the schema-fingerprint header survive the round trip through Kafka.
 */
class KafkaAvroTopicTest {
  @RegisterExtension static final KafkaBroker KAFKA = new KafkaBroker();

  @Test
  void payloadsRoundTripAsAvroThroughKafka() throws Exception {
    Injector injector = Guice.createInjector(new TidingsModule(), new KafkaModule(KAFKA.settings().build()));
    Tidings tidings = injector.getInstance(Tidings.class);
    tidings.start();
    try {
      AvroCatalog catalog = injector.getInstance(AvroCatalog.class);
      Map<UUID, Object> sent = new HashMap<>();
      for (int i = 0; i < 10; i++) {
        UUID id = UUID.randomUUID();
        Object payload = i % 2 == 0
            ? new Node("n" + i, List.of(new Node("child", List.of(), Optional.of("n" + i))), Optional.empty())
            : new Customer("c" + i, Tier.values()[i % 3], i % 3 == 0, i);
        if (payload instanceof Node node) {
          catalog.node(id, node, i);
        } else {
          catalog.customer(id, (Customer) payload);
        }
        sent.put(id, payload);
      }
      AvroRecorder recorder = injector.getInstance(AvroRecorder.class);
      Map<Object, Object> received = new HashMap<>();
      while (received.size() < sent.size()) {
        Received next = recorder.received.poll(60, TimeUnit.SECONDS);
        assertNotNull(next, "received " + received.size() + " of " + sent.size());
        received.put(next.key(), next.payload());
      }
      assertEquals(sent, received);
    } finally {
      tidings.close();
    }
  }
}
