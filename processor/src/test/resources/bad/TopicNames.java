package bad;

import io.tidings.annotations.Topic;
import test.support.Created;

public class TopicNames {
  @Topic(name = "")
  interface Empty {
    void sent(Created event);
  }

  @Topic(name = "has space")
  interface Space {
    void sent(Created event);
  }

  @Topic(name = ".")
  interface Dot {
    void sent(Created event);
  }

  @Topic(name = "..")
  interface DotDot {
    void sent(Created event);
  }

  @Topic(name = "tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt")
  interface TooLong {
    void sent(Created event);
  }

  @Topic(name = "ok.name_with-all.legal_CHARS.0123456789")
  interface Legal {
    void sent(Created event);
  }
}
