package com.acme;

public record BookingCancelled(String bookingId) {}
