package io.tidings.example.bookings;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Key;
import io.tidings.annotations.OnFailure;
import io.tidings.annotations.Retry;
import io.tidings.runtime.Receipt;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bookings service: decides on every command and publishes what happened. Commands of one
 * booking arrive in order (they share a key), so a cancellation never overtakes its creation.
 *
 * <p>Each handler returns the stage of the event it publishes: the command's offset is committed
 * only once the event was acknowledged (nothing is lost if the service dies in between), and while
 * the broker acknowledges, the transport goes on with other partitions instead of blocking.
 *
 * <p>Failures, one of each class:
 *
 * <ul>
 *   <li>a malformed command (no seats, or more than a room has) throws {@link
 *       IllegalArgumentException}, mapped to a permanent failure: dead-lettered at once;
 *   <li>a second create for a booking id throws {@link BookingConflict}, mapped to a business
 *       failure: logged and acknowledged, no event;
 *   <li>the flaky {@link Payments} provider throws transiently: retried after short pauses until it
 *       answers. It is asked before any state changes, so a retry repeats nothing.
 * </ul>
 */
@Retry(maxAttempts = 5, initialDelay = "10ms", maxDelay = "200ms", jitter = 0.2)
@OnFailure(permanent = IllegalArgumentException.class, business = BookingConflict.class)
public final class BookingService {
  private final BookingEvents events;
  private final Inventory inventory;
  private final Payments payments;
  private final Clock clock;
  private final Map<String, CreateBooking> active = new ConcurrentHashMap<>();
  private final Set<String> decided = ConcurrentHashMap.newKeySet();

  @Inject
  BookingService(BookingEvents events, Inventory inventory, Payments payments, Clock clock) {
    this.events = events;
    this.inventory = inventory;
    this.payments = payments;
    this.clock = clock;
  }

  @Consumes(topic = BookingCommands.class, group = "booking-service")
  CompletionStage<Void> create(CreateBooking command, @Key String bookingId) {
    if (command.seats() < 1 || command.seats() > Inventory.CAPACITY) {
      throw new IllegalArgumentException(
          "booking " + bookingId + " asks for " + command.seats() + " seats; a booking takes 1 to " + Inventory.CAPACITY);
    }
    if (decided.contains(bookingId)) {
      throw new BookingConflict(bookingId);
    }
    payments.authorize(bookingId, command.customer());
    decided.add(bookingId);
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
