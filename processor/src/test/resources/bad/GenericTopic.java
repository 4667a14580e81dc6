package bad;

import io.tidings.annotations.Topic;

@Topic(name = "generic")
public interface GenericTopic<T> {
  void sent(T event);
}
