package com.acme.failures;

import io.tidings.annotations.Consumes;
import io.tidings.runtime.DeadLetter;
import test.support.Created;

/** Reads the dead letters of reservations as typed values. */
public class DeadLetterDesk {
  @Consumes(topic = Reservations.class, group = "desk")
  void on(DeadLetter<Created> letter) {}
}
