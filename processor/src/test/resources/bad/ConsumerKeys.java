package bad;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import java.util.UUID;
import test.support.Cancelled;
import test.support.Created;

public class ConsumerKeys {
  @Topic(name = "keyed")
  public interface Keyed {
    void created(@Key String id, Created event);
  }

  @Topic(name = "keyless")
  public interface Keyless {
    void cancelled(Cancelled event);
  }

  @Consumes(topic = Keyed.class, group = "g")
  void onCreated(Created event, @Key UUID wrongKey) {}

  @Consumes(topic = Keyless.class, group = "g")
  void onCancelled(Cancelled event, @Key String noKey) {}
}
