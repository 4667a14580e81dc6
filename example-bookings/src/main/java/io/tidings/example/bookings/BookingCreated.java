package io.tidings.example.bookings;

import io.tidings.annotations.Decimal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A booking was accepted and its places are held.
 *
 * @param bookingId the booking
 * @param customer who booked
 * @param room which room
 * @param night which night
 * @param seats how many places are held
 * @param price the price charged
 * @param at when the service accepted it
 */
public record BookingCreated(
    String bookingId,
    String customer,
    String room,
    LocalDate night,
    int seats,
    @Decimal(precision = 10, scale = 2) BigDecimal price,
    Instant at) {}
