package io.tidings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.tidings.it.consumers.AvroRecorder;
import io.tidings.it.consumers.Received;
import io.tidings.it.model.Customer;
import io.tidings.it.model.Node;
import io.tidings.it.model.Tier;
import io.tidings.it.topics.AvroCatalog;
import io.tidings.memory.DeadLetter;
import io.tidings.memory.MemoryBroker;
import io.tidings.memory.MemoryModule;
import io.tidings.memory.MemoryRecord;
import io.tidings.runtime.Tidings;
import io.tidings.runtime.TidingsModule;
import io.tidings.runtime.codec.DecodeException;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An Avro topic in a user's project, through the front door: published through the generated
 * publisher, delivered by the in-memory broker, decoded by the generated dispatcher; a record whose
 * writer schema the consumer does not know goes to the dead letters.
 */
class AvroTopicTest {
  private Injector injector;
  private Tidings tidings;
  private MemoryBroker broker;

  @BeforeEach
  void start() {
    injector = Guice.createInjector(new TidingsModule(), new MemoryModule());
    tidings = injector.getInstance(Tidings.class);
    broker = injector.getInstance(MemoryBroker.class);
    tidings.start();
  }

  @AfterEach
  void stop() {
    tidings.close();
  }

  @Test
  void payloadsRoundTripAsAvroWithTheirSchemaFingerprint() throws Exception {
    AvroCatalog catalog = injector.getInstance(AvroCatalog.class);
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    Node tree = new Node("root", List.of(new Node("leaf", List.of(), Optional.of("root"))), Optional.empty());
    Customer customer = new Customer("Ada", Tier.GOLD, true, 7);
    catalog.node(first, tree, 2);
    catalog.customer(second, customer);

    AvroRecorder recorder = injector.getInstance(AvroRecorder.class);
    Received node = recorder.received.poll(20, TimeUnit.SECONDS);
    Received other = recorder.received.poll(20, TimeUnit.SECONDS);
    assertNotNull(node);
    assertNotNull(other);
    Map<Object, Received> byKey = Map.of(node.key(), node, other.key(), other);
    assertEquals(tree, byKey.get(first).payload());
    assertEquals(Map.of("depth", 2), byKey.get(first).headers());
    assertEquals(customer, byKey.get(second).payload());

    for (MemoryRecord record : broker.records("it.avro-catalog")) {
      assertEquals(16, record.header(StandardHeaders.SCHEMA_FINGERPRINT).length(), record.toString());
      assertNotEquals('{', (char) record.value()[0], "Avro binary, not JSON");
    }
  }

  @Test
  void aRecordWrittenWithAnUnknownSchemaIsADeadLetter() {
    AvroCatalog catalog = injector.getInstance(AvroCatalog.class);
    catalog.customer(UUID.randomUUID(), new Customer("Bob", Tier.STANDARD, false, 0));
    broker.awaitIdle();
    MemoryRecord published = broker.records("it.avro-catalog").get(0);
    broker.send(
        "it.avro-catalog",
        published.key(),
        published.value(),
        List.of(
            RecordHeader.utf8(StandardHeaders.EVENT_TYPE, "Customer"),
            new RecordHeader(StandardHeaders.SCHEMA_FINGERPRINT, "00000000000000ff".getBytes(StandardCharsets.UTF_8))));
    broker.awaitIdle();

    List<DeadLetter> letters = broker.deadLetters(AvroCatalog.class);
    assertEquals(1, letters.size(), letters.toString());
    DeadLetter letter = letters.get(0);
    assertEquals(DecodeException.class.getName(), letter.errorClass());
    assertTrue(letter.errorMessage().contains("written with schema 00000000000000ff, which is neither the current schema"),
        letter.errorMessage());
    assertEquals(1, letter.attempts());
  }
}
