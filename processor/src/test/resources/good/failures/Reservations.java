package com.acme.failures;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import test.support.Cancelled;
import test.support.Created;

@Topic(name = "reservations")
public interface Reservations {
  void created(@Key String id, Created event);

  void cancelled(@Key String id, Cancelled event);
}
