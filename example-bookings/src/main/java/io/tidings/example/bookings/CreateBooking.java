package io.tidings.example.bookings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A request to book {@code seats} places in {@code room} for {@code night}.
 *
 * @param bookingId the booking's id, chosen by the client
 * @param customer who books
 * @param room which room
 * @param night which night
 * @param seats how many places
 * @param price the quoted price, scale preserved
 * @param requestedAt when the client asked
 */
public record CreateBooking(
    String bookingId,
    String customer,
    String room,
    LocalDate night,
    int seats,
    BigDecimal price,
    Instant requestedAt) {}
