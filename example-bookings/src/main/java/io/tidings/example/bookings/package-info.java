/** A bookings service built with Tidings. */
package io.tidings.example.bookings;
