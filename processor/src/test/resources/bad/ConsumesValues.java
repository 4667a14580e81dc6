package bad;

import io.tidings.annotations.Consumes;
import test.support.Created;

public class ConsumesValues {
  @Consumes(topic = String.class, group = "g")
  void notATopic(Created event) {}

  @Consumes(topic = Bookings.class, group = "  ")
  void blankGroup(Created event) {}
}
