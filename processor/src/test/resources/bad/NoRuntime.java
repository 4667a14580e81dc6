package bad;

import io.tidings.annotations.Topic;

@Topic(name = "no-runtime")
public interface NoRuntime {
  void sent(Payload event);

  record Payload(String id) {}
}
