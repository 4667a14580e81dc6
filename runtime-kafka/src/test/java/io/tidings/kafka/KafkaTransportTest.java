package io.tidings.kafka;

import static io.tidings.kafka.Fixtures.await;
import static io.tidings.kafka.Fixtures.bytes;
import static io.tidings.kafka.Fixtures.record;
import static io.tidings.kafka.Fixtures.text;
import static io.tidings.kafka.Fixtures.topic;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidings.runtime.Health;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import io.tidings.runtime.spi.Subscription;
import io.tidings.runtime.spi.TopicDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The transport's sending and subscribing behaviour, through the SPI, against a real broker. */
class KafkaTransportTest {
  @RegisterExtension static final KafkaBroker KAFKA = new KafkaBroker();

  private final List<Subscription> subscriptions = new ArrayList<>();
  private KafkaTransport transport;

  @BeforeEach
  void createTransport() {
    transport = new KafkaTransport(KAFKA.settings().build());
  }

  @AfterEach
  void closeTransport() {
    for (Subscription subscription : subscriptions) {
      subscription.close(Duration.ofSeconds(5));
    }
    transport.close(Duration.ofSeconds(5));
  }

  private Subscription subscribe(KafkaTransport on, String group, TopicDescriptor topic, Fixtures.Recorder handler) {
    Subscription subscription = on.subscribe(group, List.of(topic), handler);
    subscriptions.add(subscription);
    return subscription;
  }

  @Test
  void sendCompletesWithTheAcknowledgedPositionAndKafkasPartitioner() {
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("receipts"), 3);
    transport.prepare(List.of(topic));

    Receipt first = transport.send(record(topic.name(), "booking-1", "a")).join();
    Receipt second = transport.send(record(topic.name(), "booking-1", "b")).join();

    int expected = Utils.toPositive(Utils.murmur2(bytes("booking-1"))) % 3;
    assertEquals(topic.name(), first.topic());
    assertEquals(expected, first.partition(), "keyed records use Kafka's murmur2 partitioner");
    assertEquals(expected, second.partition());
    assertEquals(0, first.offset());
    assertEquals(1, second.offset());
    assertNotNull(first.timestamp());
    assertTrue(first.timestamp().toEpochMilli() > 0);
  }

  @Test
  void everyReceiptCarriesTheTimestampTheBrokerStoredForItsRecord() {
    // Receipts reuse the timestamp object of the previous one when the millisecond is the same: each
    // must still carry its own record's timestamp, through bursts and across millisecond changes.
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("timestamps"), 1);
    transport.prepare(List.of(topic));
    List<CompletableFuture<Receipt>> sends = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      sends.add(transport.send(record(topic.name(), "k", "v" + i)));
    }
    List<Receipt> receipts = sends.stream().map(CompletableFuture::join).toList();

    Fixtures.Recorder handler = new Fixtures.Recorder();
    subscribe(transport, KafkaBroker.uniqueName("g"), topic, handler);
    handler.awaitCount(receipts.size());
    Map<Long, Long> stored = new HashMap<>();
    for (Delivery delivery : handler.deliveries()) {
      stored.put(delivery.offset(), delivery.timestamp());
    }
    for (Receipt receipt : receipts) {
      assertEquals(stored.get(receipt.offset()), receipt.timestamp().toEpochMilli(), "offset " + receipt.offset());
    }
  }

  @Test
  void keyValueAndHeadersArriveUnchanged() {
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("roundtrip"), 1);
    transport.prepare(List.of(topic));
    transport
        .send(record(topic.name(), "k", "v", RecordHeader.utf8(StandardHeaders.EVENT_TYPE, "Created"),
            new RecordHeader("empty", null), RecordHeader.utf8("dup", "1"), RecordHeader.utf8("dup", "2")))
        .join();
    transport.send(record(topic.name(), null, null)).join();

    Fixtures.Recorder handler = new Fixtures.Recorder();
    subscribe(transport, KafkaBroker.uniqueName("g"), topic, handler);
    handler.awaitCount(2);

    Delivery delivery = handler.deliveries().get(0);
    assertEquals(topic.name(), delivery.topic());
    assertEquals(0, delivery.partition());
    assertEquals(0, delivery.offset());
    assertEquals("k", text(delivery.key()));
    assertEquals("v", text(delivery.value()));
    assertEquals(4, delivery.headers().size());
    assertEquals("Created", delivery.header(StandardHeaders.EVENT_TYPE));
    assertNull(delivery.lastHeader("empty").value());
    assertEquals("2", delivery.header("dup"), "the last of a repeated header wins");
    assertEquals("1", delivery.headers().get(2).stringValue(), "headers keep their order");
    assertThrows(UnsupportedOperationException.class, () -> delivery.headers().add(RecordHeader.utf8("x", "y")));

    Delivery empty = handler.deliveries().get(1);
    assertNull(empty.key());
    assertNull(empty.value());
    assertTrue(empty.headers().isEmpty());
  }

  @Test
  void twoGroupsBothSeeEveryRecord() {
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("fanout"), 2);
    transport.prepare(List.of(topic));
    Set<String> sent = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      transport.send(record(topic.name(), "key-" + i, "value-" + i));
      sent.add("value-" + i);
    }
    Fixtures.Recorder one = new Fixtures.Recorder();
    Fixtures.Recorder two = new Fixtures.Recorder();
    subscribe(transport, KafkaBroker.uniqueName("one"), topic, one);
    subscribe(transport, KafkaBroker.uniqueName("two"), topic, two);
    one.awaitCount(20);
    two.awaitCount(20);
    assertEquals(sent, new HashSet<>(one.values()));
    assertEquals(sent, new HashSet<>(two.values()));
    assertFalse(one.deliveries().get(0).group().equals(two.deliveries().get(0).group()));
  }

  @Test
  void twoMembersOfAGroupSplitThePartitionsAndSeeEveryRecordOnce() {
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("split"), 4);
    transport.prepare(List.of(topic));
    String group = KafkaBroker.uniqueName("members");
    Fixtures.Recorder first = new Fixtures.Recorder();
    Fixtures.Recorder second = new Fixtures.Recorder();
    Subscription a = subscribe(transport, group, topic, first);
    Subscription b = subscribe(transport, group, topic, second);
    await(Duration.ofSeconds(30), () -> a.health() + " / " + b.health(),
        () -> ownsPartitions(a.health()) && ownsPartitions(b.health()));

    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      transport.send(record(topic.name(), "key-" + i, "value-" + i));
      sent.add("value-" + i);
    }
    await(Duration.ofSeconds(30), () -> first.values() + " + " + second.values(), () -> first.count() + second.count() >= 40);

    List<String> all = new ArrayList<>(first.values());
    all.addAll(second.values());
    assertEquals(40, all.size(), "every record exactly once: " + all);
    assertEquals(new HashSet<>(sent), new HashSet<>(all));
    assertFalse(first.values().isEmpty(), "the first member handled its share");
    assertFalse(second.values().isEmpty(), "the second member handled its share");
    Set<Integer> firstPartitions = partitions(first);
    firstPartitions.retainAll(partitions(second));
    assertTrue(firstPartitions.isEmpty(), "a partition belongs to one member: " + firstPartitions);
  }

  @Test
  void recordsOfOneKeyStayInOrderWithSeveralThreadsAndPendingStages() throws Exception {
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("order"), 4);
    KafkaTransport threaded = new KafkaTransport(KAFKA.settings().concurrency(3).build());
    ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
    try {
      threaded.prepare(List.of(topic));
      Fixtures.Recorder handler =
          new Fixtures.Recorder(
              delivery -> {
                if (delivery.offset() % 7 != 3) {
                  return CompletableFuture.completedFuture(null);
                }
                CompletableFuture<Void> pending = new CompletableFuture<>();
                later.schedule(() -> pending.complete(null), 5, TimeUnit.MILLISECONDS);
                return pending;
              });
      Subscription subscription = subscribe(threaded, KafkaBroker.uniqueName("ordered"), topic, handler);
      // Partitions that move between threads while a stage is pending are redelivered (at least once);
      // this test is about order, so it sends once the group has settled.
      await(Duration.ofSeconds(30), () -> subscription.health().toString(), () -> ownsPartitions(subscription.health()));
      List<CompletableFuture<Receipt>> receipts = new ArrayList<>();
      for (int seq = 0; seq < 20; seq++) {
        for (int key = 0; key < 10; key++) {
          receipts.add(threaded.send(record(topic.name(), "key-" + key, key + ":" + seq)));
        }
      }
      CompletableFuture.allOf(receipts.toArray(CompletableFuture[]::new)).join();
      handler.awaitCount(200);

      Map<String, List<Integer>> byKey = new HashMap<>();
      for (Delivery delivery : handler.deliveries()) {
        String[] parts = text(delivery.value()).split(":");
        byKey.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(Integer.parseInt(parts[1]));
      }
      for (Map.Entry<String, List<Integer>> entry : byKey.entrySet()) {
        List<Integer> expected = new ArrayList<>();
        for (int seq = 0; seq < 20; seq++) {
          expected.add(seq);
        }
        assertEquals(expected, entry.getValue(), "order of key " + entry.getKey());
      }
      assertEquals(10, byKey.size());
      Health health = subscription.health();
      assertEquals(3, health.parts().size(), "three polling threads: " + health);
    } finally {
      for (Subscription subscription : subscriptions) {
        subscription.close(Duration.ofSeconds(5));
      }
      subscriptions.clear();
      threaded.close(Duration.ofSeconds(5));
      later.shutdownNow();
    }
  }

  @Test
  void aCleanShutdownAndRestartRedeliversNothingAlreadyHandled() {
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("restart"), 1);
    transport.prepare(List.of(topic));
    String group = KafkaBroker.uniqueName("restart");
    for (int i = 0; i < 10; i++) {
      transport.send(record(topic.name(), null, "value-" + i));
    }
    Fixtures.Recorder before = new Fixtures.Recorder();
    Subscription first = transport.subscribe(group, List.of(topic), before);
    before.awaitCount(10);
    assertTrue(first.close(Duration.ofSeconds(10)), "nothing was in flight");

    for (int i = 10; i < 15; i++) {
      transport.send(record(topic.name(), null, "value-" + i)).join();
    }
    Fixtures.Recorder after = new Fixtures.Recorder();
    subscribe(transport, group, topic, after);
    after.awaitCount(5);
    assertEquals(List.of("value-10", "value-11", "value-12", "value-13", "value-14"), after.values());
  }

  @Test
  void deadLettersCanBeSentToTheDeadLetterTopic() {
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("orders"), 2);
    TopicDescriptor deadLetters = topic(topic.deadLetterTopic(), 1);
    transport.prepare(List.of(topic, deadLetters));

    Receipt receipt =
        transport
            .send(record(deadLetters.name(), "k", "poison",
                RecordHeader.utf8(StandardHeaders.DLQ_TOPIC, topic.name()),
                RecordHeader.utf8(StandardHeaders.DLQ_OFFSET, "7"),
                RecordHeader.utf8(StandardHeaders.DLQ_ERROR_CLASS, "io.tidings.runtime.PermanentFailure")))
            .join();
    assertEquals(topic.name() + ".dlq", receipt.topic());

    Fixtures.Recorder reader = new Fixtures.Recorder();
    subscribe(transport, KafkaBroker.uniqueName("dlq-reader"), deadLetters, reader);
    reader.awaitCount(1);
    Delivery dead = reader.deliveries().get(0);
    assertEquals("poison", text(dead.value()));
    assertEquals(topic.name(), dead.header(StandardHeaders.DLQ_TOPIC));
    assertEquals("7", dead.header(StandardHeaders.DLQ_OFFSET));
    assertArrayEquals(bytes("k"), dead.key());
  }

  @Test
  void closeFlushesPendingSends() {
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("flush"), 2);
    KafkaTransport lingering =
        new KafkaTransport(KAFKA.settings().set("KAFKA_PRODUCER_LINGER_MS", "2000").build());
    lingering.prepare(List.of(topic));
    List<CompletableFuture<Receipt>> receipts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      receipts.add(lingering.send(record(topic.name(), "key-" + i, "value-" + i)));
    }
    lingering.close(Duration.ofSeconds(30));
    for (CompletableFuture<Receipt> receipt : receipts) {
      assertTrue(receipt.isDone() && !receipt.isCompletedExceptionally(), "close flushed every send: " + receipt);
    }
  }

  @Test
  void sendWithAListenerCallsItOnceWithTheSameReceiptAsTheFuture() throws Exception {
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("listener"), 3);
    transport.prepare(List.of(topic));
    CompletableFuture<Receipt> heard = new CompletableFuture<>();
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    transport.send(record(topic.name(), "booking-1", "a"), (receipt, error) -> {
      calls.incrementAndGet();
      if (error == null) {
        heard.complete(receipt);
      } else {
        heard.completeExceptionally(error);
      }
    });
    Receipt first = heard.get(30, java.util.concurrent.TimeUnit.SECONDS);
    Receipt second = transport.send(record(topic.name(), "booking-1", "b")).join();
    assertEquals(Utils.toPositive(Utils.murmur2(bytes("booking-1"))) % 3, first.partition());
    assertEquals(0, first.offset());
    assertEquals(new Receipt(topic.name(), first.partition(), 1, second.timestamp()), second, "the same partition, next offset");
    assertEquals(1, calls.get());
  }

  @Test
  void sendWithAListenerToAClosedTransportReportsTheFailureInsteadOfThrowing() {
    KafkaTransport closed = new KafkaTransport(KAFKA.settings().build());
    closed.close(Duration.ofSeconds(1));
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    closed.send(record("anything", null, "x"), (receipt, error) -> failures.add(error));
    assertEquals(1, failures.size());
    assertTrue(failures.get(0).getMessage().contains("closed"), String.valueOf(failures.get(0)));
  }

  @Test
  void aSendToAClosedTransportFailsItsFuture() {
    KafkaTransport closed = new KafkaTransport(KAFKA.settings().build());
    closed.close(Duration.ofSeconds(1));
    CompletableFuture<Receipt> receipt = closed.send(record("anything", null, "x"));
    CompletionException failure = assertThrows(CompletionException.class, receipt::join);
    assertTrue(failure.getCause().getMessage().contains("closed"), failure.getCause().getMessage());
    assertThrows(IllegalStateException.class, () -> closed.subscribe("g", List.of(topic("t", 1)), d -> CompletableFuture.completedFuture(null)));
  }

  @Test
  void healthReportsTheClusterAndEachSubscriptionItsOwnThreads() {
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("health"), 1);
    transport.prepare(List.of(topic));
    Subscription subscription = subscribe(transport, KafkaBroker.uniqueName("healthy"), topic, new Fixtures.Recorder());
    await(Duration.ofSeconds(30), () -> String.valueOf(transport.health()), () -> transport.health().up());
    Health health = transport.health();
    assertEquals("kafka", health.name());
    assertEquals(List.of("cluster"), health.parts().stream().map(Health::name).toList(),
        "the transport reports its connection; Tidings.health() lists the subscriptions next to it, once: " + health);
    assertTrue(health.parts().get(0).detail().contains("1 broker(s)"), health.toString());
    await(Duration.ofSeconds(30), () -> subscription.health().toString(), () -> ownsPartitions(subscription.health()));

    subscription.close(Duration.ofSeconds(5));
    assertFalse(subscription.health().up(), "a closed subscription is down");
    assertTrue(transport.health().up(), "closing a subscription leaves the connection up");
  }

  private static boolean ownsPartitions(Health health) {
    return health.up() && health.parts().stream().allMatch(part -> part.detail().startsWith("polling ["));
  }

  private static Set<Integer> partitions(Fixtures.Recorder recorder) {
    Set<Integer> partitions = new HashSet<>();
    for (Delivery delivery : recorder.deliveries()) {
      partitions.add(delivery.partition());
    }
    return partitions;
  }
}
