package io.tidings.example.bookings;

import java.time.Instant;

/**
 * A booking was cancelled and its places released.
 *
 * @param bookingId the booking
 * @param seats how many places were released
 * @param at when it was cancelled
 */
public record BookingCancelled(String bookingId, int seats, Instant at) {}
