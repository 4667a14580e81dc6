package io.tidings.example.bookings;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Key;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bookings service: decides on every command and publishes what happened. Commands of one
 * booking arrive in order (they share a key), so a cancellation never overtakes its creation.
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
  void create(CreateBooking command, @Key String bookingId) {
    if (inventory.hold(command.room(), command.night(), command.seats())) {
      active.put(bookingId, command);
      events.created(
          bookingId,
          new BookingCreated(
              bookingId,
              command.customer(),
              command.room(),
              command.night(),
              command.seats(),
              command.price(),
              clock.instant()));
    } else {
      events.rejected(
          bookingId, new BookingRejected(bookingId, BookingRejected.Reason.SOLD_OUT, clock.instant()));
    }
  }

  @Consumes(topic = BookingCommands.class, group = "booking-service")
  void cancel(CancelBooking command, @Key String bookingId) {
    CreateBooking booking = active.remove(bookingId);
    if (booking == null) {
      events.rejected(
          bookingId,
          new BookingRejected(bookingId, BookingRejected.Reason.UNKNOWN_BOOKING, clock.instant()));
      return;
    }
    inventory.release(booking.room(), booking.night(), booking.seats());
    events.cancelled(
        bookingId, new BookingCancelled(bookingId, booking.seats(), clock.instant()), command.reason());
  }
}
