package io.tidings.example.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.tidings.memory.MemoryBroker;
import io.tidings.memory.MemoryModule;
import io.tidings.memory.PublishedRecord;
import io.tidings.runtime.Tidings;
import io.tidings.runtime.TidingsModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service tested the way the README shows: publish commands, wait until idle, read the typed events. */
class BookingServiceTest {
  private Injector injector;
  private Tidings tidings;
  private MemoryBroker broker;

  @BeforeEach
  void start() {
    injector = Guice.createInjector(new TidingsModule(), new MemoryModule(), new BookingsApp.BookingsModule());
    tidings = injector.getInstance(Tidings.class);
    broker = injector.getInstance(MemoryBroker.class);
    tidings.start();
  }

  @AfterEach
  void stop() {
    tidings.close();
  }

  @Test
  void aBookingIsCreatedThenCancelledWithTheReasonInAHeader() {
    BookingCommands commands = injector.getInstance(BookingCommands.class);
    commands.create("b-1", new CreateBooking("b-1", "ada", "room-1", LocalDate.of(2026, 12, 24), 2, new BigDecimal("120.50"), Instant.now()));
    commands.cancel("b-1", new CancelBooking("b-1", "plans changed", Instant.now()));
    broker.awaitIdle();

    List<PublishedRecord<BookingCreated>> created = broker.published(BookingEvents.class, BookingCreated.class);
    assertEquals(1, created.size());
    assertEquals("b-1", created.get(0).key());
    assertEquals(new BigDecimal("120.50"), created.get(0).value().price(), "the scale survives the trip");
    List<PublishedRecord<BookingCancelled>> cancelled = broker.published(BookingEvents.class, BookingCancelled.class);
    assertEquals(2, cancelled.get(0).value().seats());
    assertEquals("plans changed", cancelled.get(0).header("reason"));
    assertEquals(BookingsView.Status.CANCELLED, injector.getInstance(BookingsView.class).status("b-1"));
    assertEquals(List.of(), broker.deadLetters(BookingCommands.class));
  }

  @Test
  void aSoldOutNightAndAnUnknownCancellationAreRejected() {
    BookingCommands commands = injector.getInstance(BookingCommands.class);
    LocalDate night = LocalDate.of(2026, 12, 31);
    commands.create("big", new CreateBooking("big", "bo", "room-9", night, Inventory.CAPACITY, BigDecimal.TEN, Instant.now()));
    commands.create("late", new CreateBooking("late", "cy", "room-9", night, 1, BigDecimal.ONE, Instant.now()));
    commands.cancel("nope", new CancelBooking("nope", "never existed", Instant.now()));
    broker.awaitIdle();

    List<BookingRejected.Reason> reasons =
        broker.published(BookingEvents.class, BookingRejected.class).stream().map(r -> r.value().reason()).sorted().toList();
    assertEquals(List.of(BookingRejected.Reason.SOLD_OUT, BookingRejected.Reason.UNKNOWN_BOOKING), reasons);
  }
}
