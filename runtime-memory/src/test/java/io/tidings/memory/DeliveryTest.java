package io.tidings.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidings.memory.fixture.BookingCancelled;
import io.tidings.memory.fixture.BookingCreated;
import io.tidings.memory.fixture.BookingEvents;
import io.tidings.memory.fixture.Journal;
import io.tidings.memory.fixture.Script;
import io.tidings.memory.fixture.Sequences;
import io.tidings.memory.fixture.Step;
import io.tidings.memory.internal.Murmur2;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.spi.StandardHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Records flow from generated publishers to generated dispatchers through Guice, Tidings and the MemoryBroker. */
class DeliveryTest {
  private final MemoryBroker broker = new MemoryBroker();
  private final Journal journal = new Journal();
  private final Script script = new Script();
  private final List<Instance> instances = new ArrayList<>();

  @AfterEach
  void closeInstances() {
    instances.forEach(Instance::close);
  }

  private Instance start(String name) {
    Instance instance = Instance.started(broker, journal, script, name);
    instances.add(instance);
    return instance;
  }

  @Test
  void deliversSeveralPayloadTypesOfOneTopicToTheirMethods() throws Exception {
    Instance app = start("a");
    BookingEvents events = app.get(BookingEvents.class);

    events.created("b-1", new BookingCreated("b-1", "ada", 2));
    Receipt receipt = events.cancelled("b-1", new BookingCancelled("b-1", "ill"), "customer").toCompletableFuture()
        .get(5, TimeUnit.SECONDS);
    broker.awaitIdle();

    List<Journal.Seen> seen = journal.of("projector");
    assertEquals(2, seen.size());
    Journal.Seen created = seen.get(0);
    assertEquals("Projector.on(BookingCreated)", created.method());
    assertEquals(new BookingCreated("b-1", "ada", 2), created.payload());
    assertEquals("b-1", created.key());
    assertEquals("BookingCreated", created.meta().eventType());
    assertEquals("bookings.events", created.meta().topic());
    Journal.Seen cancelled = seen.get(1);
    assertEquals(new BookingCancelled("b-1", "ill"), cancelled.payload());
    assertEquals("customer", cancelled.reason());
    // Kafka's murmur2 puts "b-1" in partition 2 of 3; both records share it and keep their order.
    assertEquals(2, created.meta().partition());
    assertEquals(new Receipt("bookings.events", 2, 1, receipt.timestamp()), receipt);
    assertEquals(2, broker.committed("projector", "bookings.events", 2));
  }

  @Test
  void typedViewsDecodeKeysPayloadsAndHeaders() {
    Instance app = start("a");
    BookingEvents events = app.get(BookingEvents.class);
    events.created("b-1", new BookingCreated("b-1", "ada", 2));
    events.cancelled("b-2", new BookingCancelled("b-2", "weather"), "ops");

    List<PublishedRecord<Object>> all = broker.published(BookingEvents.class);
    assertEquals(2, all.size());
    assertEquals("b-1", all.get(0).key());
    assertEquals("BookingCreated", all.get(0).eventType());
    assertEquals(new BookingCreated("b-1", "ada", 2), all.get(0).value());
    assertEquals("ops", all.get(1).header("reason"));
    assertEquals("BookingCancelled", all.get(1).header(StandardHeaders.EVENT_TYPE));
    assertEquals(Murmur2.partition("b-2".getBytes(StandardCharsets.UTF_8), 3), all.get(1).partition());

    List<PublishedRecord<BookingCancelled>> cancelled = broker.published(BookingEvents.class, BookingCancelled.class);
    assertEquals(1, cancelled.size());
    assertEquals("weather", cancelled.get(0).value().why());

    IllegalArgumentException notCarried =
        assertThrows(IllegalArgumentException.class, () -> broker.published(BookingEvents.class, String.class));
    assertEquals("BookingEvents (topic bookings.events) carries [BookingCreated, BookingCancelled], not String",
        notCarried.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> broker.published(Runnable.class));
    assertTrue(unknown.getMessage().startsWith("java.lang.Runnable is not a topic this MemoryBroker knows"), unknown.getMessage());
  }

  @Test
  void everyGroupSeesEveryRecordItHandles() {
    Instance app = start("a");
    BookingEvents events = app.get(BookingEvents.class);
    for (int i = 0; i < 10; i++) {
      events.created("b-" + i, new BookingCreated("b-" + i, "c", i));
    }
    events.cancelled("b-0", new BookingCancelled("b-0", "x"), "r");
    broker.awaitIdle();

    assertEquals(11, journal.of("projector").size());
    // The auditor handles only BookingCreated; the cancellation is acknowledged for its group all the same.
    assertEquals(10, journal.of("audit").size());
    int committed = 0;
    for (int p = 0; p < 3; p++) {
      assertEquals(broker.committed("projector", "bookings.events", p), broker.committed("audit", "bookings.events", p));
      committed += (int) broker.committed("audit", "bookings.events", p);
    }
    assertEquals(11, committed);
  }

  @Test
  void publishingWorksBeforeStartAndIsDeliveredAfterwards() {
    Instance app = Instance.create(broker, journal, script, "a", Instance.FAST);
    instances.add(app);
    app.get(BookingEvents.class).created("booking-42", new BookingCreated("booking-42", "bo", 1));
    // The topic already has its declared partitions: Kafka's partitioner puts "booking-42" in partition 1 of 3.
    assertEquals(1, broker.published(BookingEvents.class).get(0).partition());
    assertTrue(journal.all().isEmpty());

    app.tidings.start();
    broker.awaitIdle();
    assertEquals(1, journal.of("projector").size());
    assertSame(app.get(BookingEvents.class), app.get(BookingEvents.class), "a publisher is a singleton");
  }

  @Test
  void twoInstancesOfOneGroupSplitThePartitionsAndSeeEachRecordOnce() {
    Instance first = start("first");
    Instance second = start("second");
    BookingEvents events = first.get(BookingEvents.class);
    for (int i = 0; i < 30; i++) {
      events.created("b-" + i, new BookingCreated("b-" + i, "c", i));
    }
    broker.awaitIdle();

    Map<String, Set<Integer>> partitions = new HashMap<>();
    Set<Long> seenIds = new HashSet<>();
    for (Journal.Seen seen : journal.of("projector")) {
      partitions.computeIfAbsent(seen.instance(), i -> new HashSet<>()).add(seen.meta().partition());
      assertTrue(seenIds.add(seen.meta().partition() * 1000L + seen.meta().offset()), "seen twice: " + seen);
    }
    assertEquals(30, journal.of("projector").size());
    assertEquals(Set.of("first", "second"), partitions.keySet(), "both instances got work");
    Set<Integer> overlap = new HashSet<>(partitions.get("first"));
    overlap.retainAll(partitions.get("second"));
    assertTrue(overlap.isEmpty(), "a partition is handled by one member: " + partitions);

    // When one instance leaves, the other takes over its partitions from the committed positions.
    second.close();
    for (int i = 30; i < 60; i++) {
      events.created("b-" + i, new BookingCreated("b-" + i, "c", i));
    }
    broker.awaitIdle();
    List<Journal.Seen> projector = journal.of("projector");
    assertEquals(60, projector.size());
    Set<Integer> afterwards = new HashSet<>();
    for (Journal.Seen seen : projector.subList(30, 60)) {
      assertEquals("first", seen.instance());
      afterwards.add(seen.meta().partition());
    }
    assertEquals(Set.of(0, 1, 2), afterwards);
  }

  @Test
  void aPartitionThatMovesMidBacklogIsTakenOverAfterTheRecordInHandOnceAndInOrder() throws Exception {
    // a key of partition 1: with two members, partition 1 moves from the first to the second
    String key = null;
    for (int i = 0; key == null; i++) {
      if (Murmur2.partition(("k-" + i).getBytes(StandardCharsets.UTF_8), 3) == 1) {
        key = "k-" + i;
      }
    }
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    script.then(key, Script.block(entered, release));
    Instance first = Instance.create(broker, journal, script, "first", Instance.FAST);
    instances.add(first);
    BookingEvents events = first.get(BookingEvents.class);
    for (int i = 0; i < 20; i++) {
      events.created(key, new BookingCreated(key, "c", i));
    }
    try {
      first.tidings.start(); // takes the backlog of 20 records and blocks in the first
      assertTrue(entered.await(10, TimeUnit.SECONDS));
      start("second"); // joins while the first holds the rest of the backlog
    } finally {
      release.countDown();
    }
    broker.awaitIdle();

    List<Journal.Seen> seen = journal.of("projector");
    List<Integer> seats = seen.stream().map(s -> ((BookingCreated) s.payload()).seats()).toList();
    assertEquals(IntStream.range(0, 20).boxed().toList(), seats, "each record once, in order");
    assertEquals("first", seen.get(0).instance(), "the record in hand is finished by its member");
    assertTrue(seen.subList(1, 20).stream().allMatch(s -> s.instance().equals("second")),
        "the rest goes to the new owner, not to the member that lost the partition: " + seen);
    assertEquals(20, broker.committed("projector", "bookings.events", 1));
  }

  @Test
  void keepsEachKeysOrderUnderConcurrency() throws Exception {
    Instance app = start("a");
    Sequences sequences = app.get(Sequences.class);
    int keys = 40;
    int steps = 50;
    ExecutorService publishers = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int k = 0; k < keys; k++) {
        String key = "key-" + k;
        done.add(publishers.submit(() -> {
          List<CompletableFuture<Receipt>> sent = new ArrayList<>();
          for (int n = 0; n < steps; n++) {
            sent.add(sequences.step(key, new Step(key, n)));
          }
          CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        }));
      }
      for (Future<?> future : done) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      publishers.shutdown();
    }
    broker.awaitIdle();

    Map<String, List<Integer>> byKey = new HashMap<>();
    Set<Integer> partitionsUsed = new HashSet<>();
    for (Journal.Seen seen : journal.of("order")) {
      byKey.computeIfAbsent((String) seen.key(), k -> new ArrayList<>()).add(((Step) seen.payload()).n());
      partitionsUsed.add(seen.meta().partition());
      assertEquals(Murmur2.partition(((String) seen.key()).getBytes(StandardCharsets.UTF_8), 8), seen.meta().partition());
    }
    assertEquals(keys, byKey.size());
    List<Integer> expected = new ArrayList<>();
    for (int n = 0; n < steps; n++) {
      expected.add(n);
    }
    byKey.forEach((key, ns) -> assertEquals(expected, ns, "order of " + key));
    assertTrue(partitionsUsed.size() > 4, "keys spread over the partitions: " + partitionsUsed);
  }

  @Test
  void aNewInstanceResumesFromTheCommittedPositions() {
    Instance first = start("first");
    BookingEvents events = first.get(BookingEvents.class);
    for (int i = 0; i < 5; i++) {
      events.created("b-" + i, new BookingCreated("b-" + i, "c", i));
    }
    broker.awaitIdle();
    first.close();

    // Published while no member of the group runs, then picked up by a new instance.
    Instance second = Instance.create(broker, journal, script, "second", Instance.FAST);
    instances.add(second);
    second.get(BookingEvents.class).created("b-5", new BookingCreated("b-5", "c", 5));
    second.tidings.start();
    second.get(BookingEvents.class).created("b-6", new BookingCreated("b-6", "c", 6));
    broker.awaitIdle();

    List<Journal.Seen> projector = journal.of("projector");
    assertEquals(7, projector.size(), "nothing handled twice, nothing lost: " + projector);
    List<Object> secondSaw = new ArrayList<>();
    projector.stream().filter(s -> s.instance().equals("second")).forEach(s -> secondSaw.add(s.key()));
    assertEquals(Set.of("b-5", "b-6"), new HashSet<>(secondSaw));
  }

  @Test
  void rawRecordsKeepBytesAndHeaders() {
    Instance app = start("a");
    app.get(BookingEvents.class).cancelled(null, new BookingCancelled("b-9", "x"), "why");
    List<MemoryRecord> records = broker.records("bookings.events");
    assertEquals(1, records.size());
    assertNull(records.get(0).key());
    assertEquals("{\"bookingId\":\"b-9\",\"why\":\"x\"}", new String(records.get(0).value(), StandardCharsets.UTF_8));
    assertEquals("BookingCancelled", records.get(0).eventType());
    assertEquals(StandardHeaders.EVENT_TYPE, records.get(0).headers().get(0).name(), "the event type comes first");
    assertEquals("why", records.get(0).header("reason"));
    assertTrue(broker.records("no.such.topic").isEmpty());
    assertFalse(broker.published(BookingEvents.class).isEmpty());
    assertNotEquals(null, broker.published(BookingEvents.class).get(0).timestamp());
  }
}
