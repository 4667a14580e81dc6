package com.acme;

import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import io.tidings.runtime.Receipt;
import java.util.concurrent.CompletionStage;

@Topic(name = "bookings.events", partitions = 3)
public interface BookingEvents {
  void created(@Key String bookingId, BookingCreated event);

  CompletionStage<Receipt> cancelled(@Key String bookingId, BookingCancelled event, @Header("reason") String reason);
}
