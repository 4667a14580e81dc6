package io.tidings.example.bookings;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Key;
import io.tidings.runtime.Receipt;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bookings service: decides on every command and publishes what happened. Commands of one
 * booking arrive in order (they share a key), so a cancellation never overtakes its creation.
 *
 * <p>Each handler returns the stage of the event it publishes: the command's offset is committed
 * only once the event was acknowledged (nothing is lost if the service dies in between), and while
 * the broker acknowledges, the transport goes on with other partitions instead of blocking.
 */
public final class BookingService {
  private final BookingEvents events;
  private final Inventory inventory;
  private final Clock clock;
  private final Map<String, CreateBooking> active = new ConcurrentHashMap<>();

  @Inject
  BookingService(BookingEvents events, Inventory inventory, Clock clock) {
    this.events = events;
    this.inventory = inventory;
    this.clock = clock;
  }

  @Consumes(topic = BookingCommands.class, group = "booking-service")
  CompletionStage<Void> create(CreateBooking command, @Key String bookingId) {
    if (inventory.hold(command.room(), command.night(), command.seats())) {
      active.put(bookingId, command);
      return done(events.created(
          bookingId,
          new BookingCreated(
              bookingId,
              command.customer(),
              command.room(),
              command.night(),
              command.seats(),
              command.price(),
              clock.instant())));
    }
    return done(events.rejected(
        bookingId, new BookingRejected(bookingId, BookingRejected.Reason.SOLD_OUT, clock.instant())));
  }

  @Consumes(topic = BookingCommands.class, group = "booking-service")
  CompletionStage<Void> cancel(CancelBooking command, @Key String bookingId) {
    CreateBooking booking = active.remove(bookingId);
    if (booking == null) {
      return done(events.rejected(
          bookingId,
          new BookingRejected(bookingId, BookingRejected.Reason.UNKNOWN_BOOKING, clock.instant())));
    }
    inventory.release(booking.room(), booking.night(), booking.seats());
    return done(events.cancelled(
        bookingId, new BookingCancelled(bookingId, booking.seats(), clock.instant()), command.reason()));
  }

  private static CompletionStage<Void> done(CompletionStage<Receipt> published) {
    return published.thenApply(receipt -> null);
  }
}
