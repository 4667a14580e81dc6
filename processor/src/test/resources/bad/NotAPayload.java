package bad;

import io.tidings.annotations.Topic;

@Topic(name = "numbers")
public interface NotAPayload {
  void sent(int number);
}
