package deferred;

import io.tidings.annotations.Topic;

/** Refers to a payload nobody generates. */
@Topic(name = "missing")
public interface Missing {
  void sent(NeverGenerated event);
}
