package com.acme;

import java.time.Instant;

public record BookingCreated(String bookingId, String customer, int seats, Instant at) {}
