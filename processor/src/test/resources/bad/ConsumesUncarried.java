package bad;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import test.support.Cancelled;
import test.support.Created;
import test.support.Updated;

public class ConsumesUncarried {
  @Topic(name = "bookings")
  public interface BookingEvents {
    void created(@Key String id, Created event);

    void cancelled(@Key String id, Cancelled event);
  }

  @Consumes(topic = BookingEvents.class, group = "g")
  void on(Updated updated) {}
}
