package bad;

import io.tidings.annotations.Topic;
import test.support.Created;

public class PrivateTopic {
  @Topic(name = "private")
  private interface Hidden {
    void sent(Created event);
  }
}
