package io.tidings.example.bookings;

/**
 * A create command for a booking id that was already decided (a client sending it twice): the
 * service refuses it as a business failure — logged and acknowledged, never retried, no event.
 */
public final class BookingConflict extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates it for {@code bookingId}. */
  public BookingConflict(String bookingId) {
    super("booking " + bookingId + " already exists; a booking id is used once");
  }
}
