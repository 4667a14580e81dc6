package io.tidings.memory;

import static io.tidings.memory.fixture.Script.fail;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidings.memory.fixture.BookingCreated;
import io.tidings.memory.fixture.BookingEvents;
import io.tidings.memory.fixture.Journal;
import io.tidings.memory.fixture.Script;
import io.tidings.runtime.BusinessFailure;
import io.tidings.runtime.PermanentFailure;
import io.tidings.runtime.TransientFailure;
import io.tidings.runtime.codec.DecodeException;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How failures are classified, retried and dead-lettered, with nothing lost. */
class FailureTest {
  private final MemoryBroker broker = new MemoryBroker(java.time.Duration.ofMillis(5));
  private final Journal journal = new Journal();
  private final Script script = new Script();
  private Instance app;
  private BookingEvents events;

  @BeforeEach
  void start() {
    app = Instance.started(broker, journal, script, "a");
    events = app.get(BookingEvents.class);
  }

  @AfterEach
  void close() {
    app.close();
  }

  private static BookingCreated booking(String id) {
    return new BookingCreated(id, "ada", 2);
  }

  @Test
  void aTransientFailureIsRetriedUntilTheHandlerSucceeds() {
    script.then("b-1", fail(new TransientFailure("db busy")), fail(new IOException("reset")));
    events.created("b-1", booking("b-1"));
    broker.awaitIdle();

    assertEquals(3, script.calls("b-1"));
    assertEquals(1, journal.of("projector").size());
    assertTrue(broker.deadLetters(BookingEvents.class).isEmpty());
    assertEquals(1, broker.committed("projector", "bookings.events", 2));
  }

  @Test
  void aRecordThatKeepsFailingIsDeadLetteredAfterTheLastAttempt() {
    Instant before = Instant.now();
    script.always("b-1", fail(new IllegalStateException("still broken")));
    events.created("b-1", booking("b-1"));
    broker.awaitIdle();

    assertEquals(3, script.calls("b-1"));
    List<DeadLetter> letters = broker.deadLetters(BookingEvents.class);
    assertEquals(1, letters.size());
    DeadLetter letter = letters.get(0);
    assertEquals("bookings.events-2@0", letter.position());
    assertEquals("projector", letter.group());
    assertEquals("BookingCreated", letter.eventType());
    assertEquals(IllegalStateException.class.getName(), letter.errorClass());
    assertEquals("still broken", letter.errorMessage());
    assertEquals(3, letter.attempts());
    assertArrayEquals("b-1".getBytes(StandardCharsets.UTF_8), letter.key());
    assertEquals("{\"bookingId\":\"b-1\",\"customer\":\"ada\",\"seats\":2}", new String(letter.value(), StandardCharsets.UTF_8),
        "the bytes as published, in the generated JSON codec's format");
    assertEquals(booking("b-1"), letter.payload());
    assertTrue(!letter.time().isBefore(before.minusSeconds(1)), letter.time().toString());
    // The dead letter keeps the key's partition and the original headers.
    MemoryRecord raw = broker.records("bookings.events.dlq").get(0);
    assertEquals(2, raw.partition());
    assertEquals("BookingCreated", raw.eventType());
    assertEquals("bookings.events", raw.header(StandardHeaders.DLQ_TOPIC));
    assertEquals("2", raw.header(StandardHeaders.DLQ_PARTITION));
    assertEquals("0", raw.header(StandardHeaders.DLQ_OFFSET));
    // The record is done: committed, and the other group handled it normally.
    assertEquals(1, broker.committed("projector", "bookings.events", 2));
    assertEquals(1, journal.of("audit").size());
  }

  @Test
  void aPermanentFailureIsDeadLetteredAtOnce() {
    script.then("b-1", fail(new PermanentFailure("no such customer")));
    events.created("b-1", booking("b-1"));
    broker.awaitIdle();

    assertEquals(1, script.calls("b-1"));
    DeadLetter letter = broker.deadLetters(BookingEvents.class).get(0);
    assertEquals(PermanentFailure.class.getName(), letter.errorClass());
    assertEquals("no such customer", letter.errorMessage());
    assertEquals(1, letter.attempts());
  }

  @Test
  void aBusinessFailureIsAcknowledgedWithoutRetryOrDeadLetter() {
    script.then("b-1", fail(new BusinessFailure("overbooked")));
    events.created("b-1", booking("b-1"));
    events.created("b-1", booking("b-1"));
    broker.awaitIdle();

    assertEquals(2, script.calls("b-1"));
    assertEquals(1, journal.of("projector").size(), "only the second call returned normally");
    assertTrue(broker.deadLetters(BookingEvents.class).isEmpty());
    assertEquals(2, broker.committed("projector", "bookings.events", 2));
  }

  @Test
  void bytesThatDoNotDecodeAreDeadLetteredAtOnceAndDoNotStallThePartition() {
    broker.send("bookings.events", "b-1".getBytes(StandardCharsets.UTF_8), "garbage".getBytes(StandardCharsets.UTF_8),
        List.of(RecordHeader.utf8(StandardHeaders.EVENT_TYPE, "BookingCreated")));
    events.created("b-1", booking("b-1"));
    broker.awaitIdle();

    assertEquals(1, script.calls("b-1"), "the good record behind the poison one was handled once");
    assertEquals(1, journal.of("projector").size());
    // Both groups gave up on the poison record.
    List<DeadLetter> letters = broker.deadLetters(BookingEvents.class);
    assertEquals(2, letters.size());
    for (DeadLetter letter : letters) {
      assertEquals(DecodeException.class.getName(), letter.errorClass());
      // the JSON codec names the payload and where the bytes broke; the rest is Jackson's wording
      assertTrue(letter.errorMessage().startsWith("BookingCreated: malformed JSON at line 1, column 1: "), letter.errorMessage());
      assertEquals(1, letter.attempts());
      assertNull(letter.payload(), "the payload does not decode");
      assertEquals("garbage", new String(letter.value(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void anUnknownEventTypeIsDeadLetteredWithoutCallingAHandler() {
    broker.send("bookings.events", null, "x".getBytes(StandardCharsets.UTF_8),
        List.of(RecordHeader.utf8(StandardHeaders.EVENT_TYPE, "BookingUpdated")));
    broker.awaitIdle();

    List<DeadLetter> letters = broker.deadLetters(BookingEvents.class);
    assertEquals(2, letters.size(), "one per group: " + letters);
    DeadLetter letter = letters.get(0);
    assertEquals(PermanentFailure.class.getName(), letter.errorClass());
    assertEquals("BookingUpdated", letter.eventType());
    assertEquals(0, letter.attempts());
    assertTrue(letter.errorMessage().contains("does not carry event type \"BookingUpdated\""), letter.errorMessage());
    assertTrue(letter.errorMessage().contains("[BookingCreated, BookingCancelled]"), letter.errorMessage());
  }

  @Test
  void aRecordWithoutEventTypeIsDeadLettered() {
    broker.send("bookings.events", null, "x".getBytes(StandardCharsets.UTF_8), List.of());
    broker.awaitIdle();

    DeadLetter letter = broker.deadLetters(BookingEvents.class).get(0);
    assertNull(letter.eventType());
    assertTrue(letter.errorMessage().contains("no " + StandardHeaders.EVENT_TYPE + " header"), letter.errorMessage());
  }

  @Test
  void aFailingAsyncHandlerIsRetriedLikeASynchronousOne() {
    script.then("audit:b-1", fail(new TransientFailure("timeout")));
    events.created("b-1", booking("b-1"));
    broker.awaitIdle();

    assertEquals(2, script.calls("audit:b-1"));
    assertEquals(1, journal.of("audit").size());
    assertTrue(broker.deadLetters(BookingEvents.class).isEmpty());
  }

  @Test
  void aDeadLetterThatCannotBeWrittenIsDeliveredAgainUntilItIs() {
    broker.failNextSends("bookings.events.dlq", 2, new IOException("disk full"));
    script.always("b-1", fail(new PermanentFailure("bad booking")));
    events.created("b-1", booking("b-1"));
    events.created("b-2", booking("b-2"));
    broker.awaitIdle();

    // Two failed dead-letter writes: the record was not committed and came back twice more.
    assertEquals(3, script.calls("b-1"));
    List<DeadLetter> letters = broker.deadLetters(BookingEvents.class);
    assertEquals(1, letters.size(), "written exactly once: " + letters);
    assertEquals(1, letters.get(0).attempts());
    assertNotNull(letters.get(0).payload());
    assertEquals(1, broker.committed("projector", "bookings.events", 2));
    assertEquals(1, journal.of("projector").stream().filter(s -> "b-2".equals(s.key())).count());
  }
}
