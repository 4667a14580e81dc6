package com.acme;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.runtime.Metadata;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

public final class BookingProjector {
  @Consumes(topic = BookingEvents.class, group = "projector")
  void on(BookingCreated event, @Key String bookingId, Metadata meta) {}

  @Consumes(topic = BookingEvents.class, group = "projector")
  CompletionStage<Void> onAsync(BookingCancelled event, @Header("reason") String reason) {
    return CompletableFuture.completedFuture(null);
  }
}
