package bad;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import test.support.Cancelled;
import test.support.Created;

@Topic(name = "keys")
public interface KeyTypesDisagree {
  void created(@Key String id, Created event);

  void cancelled(@Key long numericKey, Cancelled event);
}
