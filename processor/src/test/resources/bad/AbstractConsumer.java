package bad;

import io.tidings.annotations.Consumes;
import test.support.Created;

public abstract class AbstractConsumer {
  @Consumes(topic = Bookings.class, group = "g")
  abstract void abstractMethod(Created event);
}
