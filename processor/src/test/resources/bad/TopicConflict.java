package bad;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import test.support.Cancelled;
import test.support.Created;

public class TopicConflict {
  @Topic(name = "shared", partitions = 3)
  interface First {
    void created(@Key String id, Created event);
  }

  @Topic(name = "shared", partitions = 6)
  interface Second {
    void created(@Key String id, Created event);
  }

  @Topic(name = "shared-payloads") // third
  interface Third {
    void created(@Key long id, Created event);
  }

  @Topic(name = "shared-payloads") // fourth
  interface Fourth {
    void cancelled(@Key long id, Cancelled event);
  }
}
