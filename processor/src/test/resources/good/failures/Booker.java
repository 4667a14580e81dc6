package com.acme.failures;

import io.tidings.annotations.Backoff;
import io.tidings.annotations.Consumes;
import io.tidings.annotations.OnFailure;
import io.tidings.annotations.Retry;
import java.io.UncheckedIOException;
import java.util.ConcurrentModificationException;
import test.support.Cancelled;
import test.support.Created;

/** Class-wide defaults, one method overriding some of them, one following them. */
@Retry(maxAttempts = 5, initialDelay = "200ms")
@OnFailure(permanent = IllegalArgumentException.class, business = IllegalStateException.class)
public class Booker {
  @Retry(backoff = Backoff.FIXED, maxDelay = "PT2S", multiplier = 1.5, jitter = 0.25)
  @OnFailure(
      permanent = {UncheckedIOException.class, IllegalStateException.class},
      business = ConcurrentModificationException.class,
      deadLetterTopic = "reservations.booker-errors")
  @Consumes(topic = Reservations.class, group = "booker")
  void on(Created event) {}

  @Consumes(topic = Reservations.class, group = "booker")
  void on(Cancelled event) {}
}
