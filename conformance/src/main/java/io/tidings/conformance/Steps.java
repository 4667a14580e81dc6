package io.tidings.conformance;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;

/** Keyed sequences over three partitions, consumed by two groups. */
@Topic(name = "conformance.steps", partitions = 3)
public interface Steps {
  /** Publishes one step and waits for the broker. */
  void step(@Key String key, Step step);
}
