package io.tidings.example.bookings;

import io.tidings.annotations.Format;
import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;

/**
 * What happened to bookings, keyed by booking id: the service's decisions, in order per booking.
 * Avro binary; the payloads' schema history is in {@code src/main/avro-history/}, and every change
 * must stay {@code BACKWARD} compatible (consumers upgraded first read what older producers wrote).
 */
@Topic(name = "bookings.events", partitions = 3, format = Format.AVRO)
public interface BookingEvents {

  /** A booking was accepted; returns once the broker acknowledged it. */
  void created(@Key String bookingId, BookingCreated event);

  /** A booking was cancelled, with the reason in a header. */
  void cancelled(@Key String bookingId, BookingCancelled event, @Header("reason") String reason);

  /** A command was refused. */
  void rejected(@Key String bookingId, BookingRejected event);
}
