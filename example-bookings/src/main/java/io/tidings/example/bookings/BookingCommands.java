package io.tidings.example.bookings;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import io.tidings.runtime.Receipt;
import java.util.concurrent.CompletionStage;

/** Requests to change bookings, keyed by booking id so every command of one booking stays in order. */
@Topic(name = "bookings.commands", partitions = 12)
public interface BookingCommands {

  /** Asks for a new booking; completes once the broker stored the command. */
  CompletionStage<Receipt> create(@Key String bookingId, CreateBooking command);

  /** Asks to cancel a booking; completes once the broker stored the command. */
  CompletionStage<Receipt> cancel(@Key String bookingId, CancelBooking command);
}
