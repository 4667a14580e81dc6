package io.tidings.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidings.annotations.Format;
import io.tidings.memory.fixture.BookingCreated;
import io.tidings.memory.fixture.BookingEvents;
import io.tidings.memory.fixture.BookingEvents_Publisher;
import io.tidings.memory.fixture.Journal;
import io.tidings.memory.fixture.Script;
import io.tidings.runtime.spi.Dispatcher;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.TopicDescriptor;
import io.tidings.runtime.spi.Transport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The broker's own behaviour: partitions, topics, faults and waiting. */
class MemoryBrokerTest {
  private final MemoryBroker broker = new MemoryBroker();

  /** An instance that is never started: its injector gives the transport a service would use. */
  private Instance app() {
    return Instance.create(broker, new Journal(), new Script(), "a", Instance.FAST);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void recordsWithoutKeyGoRoundRobin() {
    app().get(Transport.class);
    for (int i = 0; i < 6; i++) {
      broker.send("bookings.events", null, utf8("x"), List.of());
    }
    assertEquals(List.of(0, 1, 2, 0, 1, 2), broker.records("bookings.events").stream().map(MemoryRecord::partition).toList());
    assertEquals(List.of(0L, 0L, 0L, 1L, 1L, 1L), broker.records("bookings.events").stream().map(MemoryRecord::offset).toList());
  }

  @Test
  void anUnknownTopicIsCreatedWithOnePartitionOnFirstSend() {
    MemoryRecord first = broker.send("audit.trail", utf8("b-1"), utf8("x"), List.of(RecordHeader.utf8("h", "v")));
    MemoryRecord second = broker.send("audit.trail", utf8("b-2"), utf8("y"), List.of());
    assertEquals("audit.trail-0@0", first.position());
    assertEquals("audit.trail-0@1", second.position());
    assertEquals("v", first.header("h"));
  }

  @Test
  void aTopicCanGrowButNeverShrink() {
    broker.send("bookings.events", utf8("b-1"), utf8("x"), List.of());
    app().get(Transport.class);
    broker.send("bookings.events", utf8("b-1"), utf8("x"), List.of());
    assertEquals(2, broker.records("bookings.events").get(1).partition(), "grown to the declared 3 partitions");

    Transport transport = app().get(Transport.class);
    TopicDescriptor narrow = new TopicDescriptor(
        "bookings.events", Runnable.class, 2, Format.JSON, (short) -1, null, false, String.class, List.of());
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> transport.prepare(List.of(narrow)));
    assertEquals("topic bookings.events already has 3 partitions in this MemoryBroker, but java.lang.Runnable declares 2:"
        + " partitions can be added, never removed; use a new MemoryBroker or make the declarations agree", error.getMessage());
  }

  @Test
  void injectedFaultsHitOnlyTheNextSendsOfTheirTopic() throws Exception {
    Transport transport = app().get(Transport.class);
    broker.failNextSends("bookings.events", 2, new IOException("refused"));
    var record = new io.tidings.runtime.spi.OutboundRecord("bookings.events", utf8("k"), utf8("v"), List.of());
    assertThrows(ExecutionException.class, () -> transport.send(record).get(1, TimeUnit.SECONDS));
    transport.send(new io.tidings.runtime.spi.OutboundRecord("other", null, utf8("v"), List.of())).get(1, TimeUnit.SECONDS);
    ExecutionException second = assertThrows(ExecutionException.class, () -> transport.send(record).get(1, TimeUnit.SECONDS));
    assertEquals("refused", second.getCause().getMessage());
    assertEquals(0, transport.send(record).get(1, TimeUnit.SECONDS).offset());
    assertEquals(1, broker.records("bookings.events").size());
    assertThrows(IllegalArgumentException.class, () -> broker.failNextSends("x", 0, new IOException()));
  }

  @Test
  void aStalledSendFailsWhenTheTransportCloses() {
    Transport transport = app().get(Transport.class);
    broker.stallNextSends("bookings.events", 1);
    var sent = transport.send(new io.tidings.runtime.spi.OutboundRecord("bookings.events", null, utf8("v"), List.of()));
    assertTrue(!sent.isDone());
    transport.close(Duration.ZERO);
    ExecutionException error = assertThrows(ExecutionException.class, () -> sent.get(1, TimeUnit.SECONDS));
    assertEquals("the memory transport closed before the broker acknowledged the record", error.getCause().getMessage());
  }

  @Test
  void awaitIdleNamesWhatIsStillLagging() throws Exception {
    Journal journal = new Journal();
    Script script = new Script();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    script.then("b-1", Script.block(entered, release));
    try (Instance app = Instance.started(broker, journal, script, "a")) {
      app.get(BookingEvents.class).created("b-1", new BookingCreated("b-1", "ada", 2));
      app.get(BookingEvents.class).created("b-1", new BookingCreated("b-1", "ada", 3));
      assertTrue(entered.await(10, TimeUnit.SECONDS));

      AssertionError error = assertThrows(AssertionError.class, () -> broker.awaitIdle(Duration.ofMillis(50)));
      assertTrue(error.getMessage().startsWith("MemoryBroker is not idle after 50 ms: "), error.getMessage());
      assertTrue(error.getMessage().contains("group projector bookings.events-2 at 0 of 2, offset 0 in flight"), error.getMessage());
      assertTrue(error.getMessage().endsWith(
          ". A handler may be blocked, or keep failing and being delivered again (see the log)"), error.getMessage());
      assertEquals(1, script.calls("b-1"), "the next record of a partition waits for the one in flight");
      release.countDown();
      broker.awaitIdle();
      assertEquals(2, script.calls("b-1"));
      assertEquals(List.of(2, 3), journal.of("projector").stream().map(s -> ((BookingCreated) s.payload()).seats()).toList());
      assertEquals(2, broker.committed("projector", "bookings.events", 2));
    } finally {
      release.countDown();
    }
  }

  @Test
  void aBrokerWithRetentionDropsOnlyOldRecordsEveryGroupHandledAndKeepsCountingOffsets() throws Exception {
    MemoryBroker bounded = new MemoryBroker(Duration.ofMillis(5), 4);
    Journal journal = new Journal();
    Script script = new Script();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    script.then("b-1", Script.block(entered, release));
    try (Instance app = Instance.started(bounded, journal, script, "a")) {
      BookingEvents events = app.get(BookingEvents.class);
      events.created("b-1", new BookingCreated("b-1", "ada", 0));
      assertTrue(entered.await(10, TimeUnit.SECONDS));
      for (int i = 1; i < 20; i++) {
        events.created("b-1", new BookingCreated("b-1", "ada", i));
      }
      assertEquals(20, bounded.records("bookings.events").size(), "nothing is dropped before every group handled it");
      release.countDown();
      bounded.awaitIdle();
      for (int i = 20; i < 30; i++) {
        events.created("b-1", new BookingCreated("b-1", "ada", i));
      }
      bounded.awaitIdle();

      assertEquals(IntStream.range(0, 30).boxed().toList(),
          journal.of("projector").stream().map(s -> ((BookingCreated) s.payload()).seats()).toList());
      List<MemoryRecord> kept = bounded.records("bookings.events");
      assertTrue(kept.size() >= 4 && kept.size() <= 8, "the newest 4 records and at most as many again: " + kept);
      assertEquals(LongStream.range(30 - kept.size(), 30).boxed().toList(), kept.stream().map(MemoryRecord::offset).toList());
      assertEquals(kept.size(), bounded.published(BookingEvents.class, BookingCreated.class).size());
      assertEquals(30, bounded.committed("projector", "bookings.events", 2));

      // a group that joins later starts at the oldest record kept, as Kafka's "earliest" does
      List<Long> late = new CopyOnWriteArrayList<>();
      app.get(Transport.class).subscribe("late", List.of(BookingEvents_Publisher.TOPIC), delivery -> {
        late.add(delivery.offset());
        return Dispatcher.DONE;
      });
      bounded.awaitIdle();
      assertEquals(kept.stream().map(MemoryRecord::offset).toList(), late);
    } finally {
      release.countDown();
    }
    assertThrows(IllegalArgumentException.class, () -> new MemoryBroker(Duration.ZERO, 0));
  }

  @Test
  void committedIsZeroForAGroupThatNeverRan() {
    assertEquals(0, broker.committed("nobody", "bookings.events", 0));
  }

  @Test
  void aNegativeRedeliveryPauseIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new MemoryBroker(Duration.ofMillis(-1)));
  }
}
