package io.tidings.example.bookings;

import java.time.Instant;

/**
 * A request to cancel a booking.
 *
 * @param bookingId the booking to cancel
 * @param reason why, for the record
 * @param requestedAt when the client asked
 */
public record CancelBooking(String bookingId, String reason, Instant requestedAt) {}
