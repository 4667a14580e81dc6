package io.tidings.example.bookings;

import io.tidings.annotations.Format;
import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import io.tidings.runtime.Receipt;
import java.util.concurrent.CompletionStage;

/**
 * What happened to bookings, keyed by booking id: the service's decisions, in order per booking.
 * Avro binary; the payloads' schema history is in {@code src/main/avro-history/}, and every change
 * must stay {@code BACKWARD} compatible (consumers upgraded first read what older producers wrote).
 */
@Topic(name = "bookings.events", partitions = 12, format = Format.AVRO)
public interface BookingEvents {

  /** A booking was accepted; completes once the broker acknowledged it. */
  CompletionStage<Receipt> created(@Key String bookingId, BookingCreated event);

  /** A booking was cancelled, with the reason in a header. */
  CompletionStage<Receipt> cancelled(@Key String bookingId, BookingCancelled event, @Header("reason") String reason);

  /** A command was refused. */
  CompletionStage<Receipt> rejected(@Key String bookingId, BookingRejected event);
}
