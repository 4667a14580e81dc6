package io.tidings.kafka;

import static io.tidings.kafka.Fixtures.await;
import static io.tidings.kafka.Fixtures.record;
import static io.tidings.kafka.Fixtures.text;
import static io.tidings.kafka.Fixtures.topic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidings.runtime.Health;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.Subscription;
import io.tidings.runtime.spi.TopicDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@link io.tidings.runtime.spi.DeliveryHandler} contract on a real broker: failed stages are
 * redelivered before later records, long handlers keep the membership, nothing is lost when a member
 * dies, and a dead polling thread is visible in health.
 */
class DeliveryContractTest {
  @RegisterExtension static final KafkaBroker KAFKA = new KafkaBroker();

  private final List<Subscription> subscriptions = new ArrayList<>();
  private final List<KafkaTransport> transports = new ArrayList<>();
  private final ScheduledExecutorService later = Executors.newScheduledThreadPool(2);

  @BeforeEach
  void nothingYet() {
    subscriptions.clear();
  }

  @AfterEach
  void closeEverything() {
    for (Subscription subscription : subscriptions) {
      subscription.close(Duration.ofSeconds(2));
    }
    for (KafkaTransport transport : transports) {
      transport.close(Duration.ofSeconds(5));
    }
    later.shutdownNow();
  }

  private KafkaTransport transport(KafkaSettings settings) {
    KafkaTransport transport = new KafkaTransport(settings);
    transports.add(transport);
    return transport;
  }

  private Subscription subscribe(KafkaTransport transport, String group, TopicDescriptor topic, Fixtures.Recorder handler) {
    Subscription subscription = transport.subscribe(group, List.of(topic), handler);
    subscriptions.add(subscription);
    return subscription;
  }

  private void send(KafkaTransport transport, TopicDescriptor topic, String... values) {
    for (String value : values) {
      transport.send(record(topic.name(), null, value)).join();
    }
  }

  @Test
  void aFailedRecordIsDeliveredAgainBeforeAnyLaterRecordOfItsPartition() {
    KafkaTransport transport = transport(KAFKA.settings().build());
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("redeliver"), 1);
    transport.prepare(List.of(topic));
    send(transport, topic, "r0", "r1", "r2", "r3", "r4");

    Set<String> failedOnce = ConcurrentHashMap.newKeySet();
    Fixtures.Recorder handler =
        new Fixtures.Recorder(
            delivery -> {
              String value = text(delivery.value());
              if (!failedOnce.add(value)) {
                return CompletableFuture.completedFuture(null);
              }
              switch (value) {
                case "r1": // an already failed stage
                  return CompletableFuture.failedFuture(new IllegalStateException("dead-letter topic unavailable"));
                case "r2": // a handler that throws instead of returning a stage
                  throw new IllegalStateException("boom");
                case "r3": // a pending stage that fails later, on another thread
                  CompletableFuture<Void> pending = new CompletableFuture<>();
                  later.schedule(() -> pending.completeExceptionally(new IllegalStateException("late")), 50, TimeUnit.MILLISECONDS);
                  return pending;
                default:
                  return CompletableFuture.completedFuture(null);
              }
            });
    String group = KafkaBroker.uniqueName("redeliver");
    Subscription subscription = subscribe(transport, group, topic, handler);
    handler.awaitCount(8);
    assertEquals(List.of("r0", "r1", "r1", "r2", "r2", "r3", "r3", "r4"), handler.values());
    assertTrue(subscription.close(Duration.ofSeconds(5)));

    // Everything was committed once handled: a new member of the group starts after r4.
    send(transport, topic, "r5");
    Fixtures.Recorder next = new Fixtures.Recorder();
    subscribe(transport, group, topic, next);
    next.awaitCount(1);
    assertEquals(List.of("r5"), next.values());
  }

  @Test
  void handledRecordsAreCommittedWhileTheSubscriptionStaysOpen() throws Exception {
    KafkaTransport transport = transport(KAFKA.settings().build());
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("periodic"), 1);
    transport.prepare(List.of(topic));
    send(transport, topic, "a", "b", "c");
    String group = KafkaBroker.uniqueName("periodic");
    Fixtures.Recorder handler = new Fixtures.Recorder();
    subscribe(transport, group, topic, handler);
    handler.awaitCount(3);
    // Commits are batched (at most every 500 ms), never skipped: with no further records and no
    // close, the offset after the last handled record still reaches the broker.
    try (org.apache.kafka.clients.admin.Admin admin = KAFKA.admin()) {
      org.apache.kafka.common.TopicPartition partition = new org.apache.kafka.common.TopicPartition(topic.name(), 0);
      java.util.function.LongSupplier committed = () -> {
        try {
          var offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
          var offset = offsets.get(partition);
          return offset == null ? -1 : offset.offset();
        } catch (Exception e) {
          return -1;
        }
      };
      await(Duration.ofSeconds(30), () -> "committed " + committed.getAsLong(), () -> committed.getAsLong() == 3);
    }
  }

  @Test
  void aHandlerLongerThanMaxPollIntervalKeepsTheMembership() {
    KafkaTransport transport =
        transport(KAFKA.settings().set("KAFKA_CONSUMER_MAX_POLL_INTERVAL_MS", "1500").build());
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("slow"), 1);
    transport.prepare(List.of(topic));
    send(transport, topic, "slow", "fast");

    Fixtures.Recorder handler =
        new Fixtures.Recorder(
            delivery -> {
              if (!text(delivery.value()).equals("slow")) {
                return CompletableFuture.completedFuture(null);
              }
              CompletableFuture<Void> pending = new CompletableFuture<>();
              later.schedule(() -> pending.complete(null), 4500, TimeUnit.MILLISECONDS); // 3 × max.poll.interval.ms
              return pending;
            });
    Subscription subscription = subscribe(transport, KafkaBroker.uniqueName("slow"), topic, handler);
    handler.awaitCount(1);
    handler.awaitCount(2);
    assertTrue(subscription.health().up(), subscription.health().toString());
    assertTrue(subscription.close(Duration.ofSeconds(5)));
    assertEquals(List.of("slow", "fast"), handler.values(), "the slow record was handled once, not redelivered");
  }

  @Test
  void aHandlerThatBlocksThePollingThreadShowsInHealth() throws Exception {
    KafkaTransport transport =
        transport(KAFKA.settings().set("KAFKA_CONSUMER_MAX_POLL_INTERVAL_MS", "1000").build());
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("blocking"), 1);
    transport.prepare(List.of(topic));
    send(transport, topic, "blocks");

    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    Fixtures.Recorder handler =
        new Fixtures.Recorder(
            delivery -> {
              try {
                release.await(30, TimeUnit.SECONDS); // the wrong way: blocking instead of returning a pending stage
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return CompletableFuture.completedFuture(null);
            });
    Subscription subscription = subscribe(transport, KafkaBroker.uniqueName("blocking"), topic, handler);
    handler.awaitCount(1);
    try {
      await(Duration.ofSeconds(20), () -> subscription.health().toString(), () -> !subscription.health().up());
      String detail = subscription.health().parts().get(0).detail();
      assertTrue(detail.startsWith("not polled for "), detail);
      assertTrue(detail.contains("a handler blocks the polling thread"), detail);
    } finally {
      release.countDown();
    }
  }

  @Test
  void recordsOfAMemberThatLeavesWithoutCommittingReachTheSurvivor() {
    KafkaTransport transport = transport(KAFKA.settings().build());
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("survive"), 2);
    transport.prepare(List.of(topic));
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      transport.send(record(topic.name(), "key-" + i, "value-" + i)).join();
      sent.add("value-" + i);
    }
    String group = KafkaBroker.uniqueName("survivors");

    // The first member never finishes a record: it holds the first record of each partition.
    Fixtures.Recorder stuck = new Fixtures.Recorder(delivery -> new CompletableFuture<>());
    Subscription first = transport.subscribe(group, List.of(topic), stuck);
    await(Duration.ofSeconds(30), () -> stuck.values().toString(), () -> partitions(stuck).size() == 2);
    assertFalse(first.close(Duration.ofMillis(300)), "records were left in flight");

    Fixtures.Recorder survivor = new Fixtures.Recorder();
    subscribe(transport, group, topic, survivor);
    survivor.awaitCount(10);
    assertEquals(new HashSet<>(sent), new HashSet<>(survivor.values()), "nothing is lost");
  }

  @Test
  void aDeadPollingThreadIsReportedAndItsRecordsReachAnotherMember() {
    KafkaTransport transport = transport(KAFKA.settings().build());
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("crash"), 1);
    transport.prepare(List.of(topic));
    send(transport, topic, "ok-0", "ok-1", "fatal", "after");
    String group = KafkaBroker.uniqueName("crash");

    Fixtures.Recorder crashing =
        new Fixtures.Recorder(
            delivery -> {
              if (text(delivery.value()).equals("fatal")) {
                throw new FatalError("simulated VM error in a handler");
              }
              return CompletableFuture.completedFuture(null);
            });
    Subscription dying = transport.subscribe(group, List.of(topic), crashing);
    subscriptions.add(dying);
    await(Duration.ofSeconds(30), () -> dying.health().toString(), () -> !dying.health().up() && dying.health().toString().contains("dead"));

    Health health = dying.health();
    assertFalse(health.up());
    assertTrue(health.parts().get(0).detail().contains(FatalError.class.getName()), health.toString());
    Health connection = transport.health();
    assertTrue(connection.up(), "a dead polling thread is its subscription's failure, not the cluster's: " + connection);

    Fixtures.Recorder survivor = new Fixtures.Recorder();
    subscribe(transport, group, topic, survivor);
    survivor.awaitCount(2);
    assertEquals(List.of("fatal", "after"), survivor.values(), "the records handled before the crash were committed");
  }

  @Test
  void closeWaitsForInFlightRecordsAndCommitsThem() {
    KafkaTransport transport = transport(KAFKA.settings().build());
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("drain"), 1);
    transport.prepare(List.of(topic));
    send(transport, topic, "in-flight");
    String group = KafkaBroker.uniqueName("drain");

    CompletableFuture<Void> release = new CompletableFuture<>();
    Fixtures.Recorder handler = new Fixtures.Recorder(delivery -> release.thenApply(ignored -> null));
    Subscription subscription = transport.subscribe(group, List.of(topic), handler);
    handler.awaitCount(1);
    later.schedule(() -> release.complete(null), 300, TimeUnit.MILLISECONDS);
    assertTrue(subscription.close(Duration.ofSeconds(10)), "the in-flight record finished within the timeout");

    send(transport, topic, "next");
    Fixtures.Recorder again = new Fixtures.Recorder();
    subscribe(transport, group, topic, again);
    again.awaitCount(1);
    assertEquals(List.of("next"), again.values(), "the record finished during close was committed");
  }

  @Test
  void aPendingRecordHoldsBackOnlyItsOwnPartition() {
    KafkaTransport transport = transport(KAFKA.settings().build());
    TopicDescriptor topic = topic(KafkaBroker.uniqueName("independent"), 2);
    transport.prepare(List.of(topic));
    String slowKey = keyFor(0, 2);
    String fastKey = keyFor(1, 2);
    transport.send(record(topic.name(), slowKey, "slow-0")).join();
    transport.send(record(topic.name(), slowKey, "slow-1")).join();
    for (int i = 0; i < 5; i++) {
      transport.send(record(topic.name(), fastKey, "fast-" + i)).join();
    }

    CompletableFuture<Void> release = new CompletableFuture<>();
    Fixtures.Recorder handler =
        new Fixtures.Recorder(
            delivery -> text(delivery.value()).equals("slow-0")
                ? release.thenApply(ignored -> null)
                : CompletableFuture.completedFuture(null));
    subscribe(transport, KafkaBroker.uniqueName("independent"), topic, handler); // one thread owns both partitions
    await(Duration.ofSeconds(30), () -> handler.values().toString(), () -> handler.values().contains("fast-4"));
    assertFalse(handler.values().contains("slow-1"), "the next record of the pending partition waits: " + handler.values());

    release.complete(null);
    handler.awaitCount(7);
    List<String> values = handler.values();
    assertEquals(List.of("fast-0", "fast-1", "fast-2", "fast-3", "fast-4"), values.stream().filter(v -> v.startsWith("fast")).toList());
    assertEquals("slow-1", values.get(values.size() - 1));
  }

  private static String keyFor(int partition, int partitions) {
    for (int i = 0; ; i++) {
      String key = "key-" + i;
      if (Utils.toPositive(Utils.murmur2(Fixtures.bytes(key))) % partitions == partition) {
        return key;
      }
    }
  }

  private static Set<Integer> partitions(Fixtures.Recorder recorder) {
    Set<Integer> partitions = new HashSet<>();
    for (Delivery delivery : recorder.deliveries()) {
      partitions.add(delivery.partition());
    }
    return partitions;
  }

  /** An error no handler should throw; it ends the polling thread. */
  static final class FatalError extends Error {
    private static final long serialVersionUID = 1L;

    FatalError(String message) {
      super(message);
    }
  }
}
