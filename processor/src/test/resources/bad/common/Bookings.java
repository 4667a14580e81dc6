package bad;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import test.support.Cancelled;
import test.support.Created;

/** A valid topic the diagnostics tests consume from. */
@Topic(name = "bookings")
public interface Bookings {
  void created(@Key String id, Created event);

  void cancelled(@Key String id, Cancelled event);
}
