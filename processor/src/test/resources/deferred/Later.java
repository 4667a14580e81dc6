package deferred;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import generated.Late;

/** Refers to a payload another processor generates in the first round. */
public class Later {
  @Topic(name = "later")
  public interface LateEvents {
    void sent(@Key String id, Late event);
  }

  @Consumes(topic = LateEvents.class, group = "g")
  void on(Late event) {}
}
