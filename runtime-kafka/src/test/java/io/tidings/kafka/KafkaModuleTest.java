package io.tidings.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.tidings.runtime.Health;
import io.tidings.runtime.spi.Transport;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** {@link KafkaModule} binds the transport and has no side effects; no broker needed. */
class KafkaModuleTest {

  @Test
  void bindsOneKafkaTransportAndOpensNoConnection() {
    KafkaSettings settings = KafkaSettings.builder().brokers("localhost:9").build();
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    Injector injector = Guice.createInjector(new KafkaModule(settings));

    Transport transport = injector.getInstance(Transport.class);
    assertInstanceOf(KafkaTransport.class, transport);
    assertSame(transport, injector.getInstance(Transport.class), "one transport per injector");
    assertSame(transport, injector.getInstance(KafkaTransport.class));
    assertSame(settings, injector.getInstance(KafkaSettings.class));
    assertSame(settings, ((KafkaTransport) transport).settings());
    Set<Thread> started = new HashSet<>(Thread.getAllStackTraces().keySet());
    started.removeAll(before);
    assertFalse(
        started.stream().anyMatch(t -> t.getName().toLowerCase(Locale.ROOT).contains("kafka")),
        "building the injector starts no Kafka client: " + started);
    transport.close(Duration.ofSeconds(1));
  }

  @Test
  void aProducerConfigurationErrorFailsPrepareWithTheProducersErrorFirst() {
    // the producer is built on its own thread while the admin client checks the topics; its error,
    // not the (here unreachable) cluster's, is what prepare reports, the check's failure suppressed
    KafkaTransport transport =
        new KafkaTransport(
            KafkaSettings.builder()
                .brokers("localhost:9")
                .producerProperty("linger.ms", "soon")
                .set("KAFKA_ADMIN_REQUEST_TIMEOUT_MS", "500")
                .set("KAFKA_ADMIN_DEFAULT_API_TIMEOUT_MS", "1000")
                .build());
    try {
      RuntimeException error = assertThrows(RuntimeException.class, () -> transport.prepare(List.of(Fixtures.topic("t", 1))));
      assertTrue(error.getMessage().contains("linger.ms"), error.getMessage());
      assertEquals(1, error.getSuppressed().length, "the topic check's failure travels with it");
    } finally {
      transport.close(Duration.ofSeconds(1));
    }
  }

  @Test
  void aConsumerConfigurationErrorFailsSubscribe() {
    KafkaTransport transport =
        new KafkaTransport(KafkaSettings.builder().brokers("localhost:9").consumerProperty("fetch.min.bytes", "lots").build());
    try {
      IllegalStateException error =
          assertThrows(
              IllegalStateException.class,
              () -> transport.subscribe("projector", List.of(Fixtures.topic("t", 1)), d -> CompletableFuture.completedFuture(null)));
      assertTrue(error.getMessage().startsWith("Could not create a Kafka consumer for group projector: "), error.getMessage());
      assertTrue(error.getMessage().contains("fetch.min.bytes"), error.getMessage());
      assertEquals(0, transport.openSubscriptions(), "no subscription was registered");
    } finally {
      transport.close(Duration.ofSeconds(1));
    }
  }

  @Test
  void requiresSettings() {
    assertThrows(NullPointerException.class, () -> new KafkaModule(null));
  }

  @Test
  void healthReportsAnUnreachableClusterWithoutSecrets() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // free once closed: nothing listens there
    }
    KafkaTransport transport =
        new KafkaTransport(KafkaSettings.builder().brokers("127.0.0.1:" + port)
            .set("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
            .set("KAFKA_SASL_MECHANISM", "PLAIN")
            .set("KAFKA_SASL_USERNAME", "alice")
            .set("KAFKA_SASL_PASSWORD", "s3cret-pw")
            .set("KAFKA_ADMIN_REQUEST_TIMEOUT_MS", "1000")
            .set("KAFKA_ADMIN_DEFAULT_API_TIMEOUT_MS", "2000")
            .build());
    try {
      Health health = transport.health();
      assertFalse(health.up());
      Health cluster = health.parts().get(0);
      assertEquals("cluster", cluster.name());
      assertTrue(cluster.detail().startsWith("cannot reach 127.0.0.1:" + port + " (KAFKA_BROKERS)"), cluster.detail());
      assertFalse(health.toString().contains("s3cret"), health.toString());
    } finally {
      transport.close(Duration.ofSeconds(1));
    }
  }
}
