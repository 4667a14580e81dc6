package io.tidings.example.bookings;

import java.time.Instant;

/**
 * A command was refused.
 *
 * @param bookingId the booking it was about
 * @param reason why, for the client
 * @param at when it was refused
 */
public record BookingRejected(String bookingId, Reason reason, Instant at) {

  /** Why a command can be refused. */
  public enum Reason {
    /** The room has no places left that night. */
    SOLD_OUT,
    /** The booking to cancel does not exist (or was already cancelled). */
    UNKNOWN_BOOKING
  }
}
