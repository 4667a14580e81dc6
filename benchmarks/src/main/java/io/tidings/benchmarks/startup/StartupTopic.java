package io.tidings.benchmarks.startup;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;

/** The start-up probe's topic. */
@Topic(name = StartUp.TOPIC)
public interface StartupTopic {

  /** Publishes a ping; returns once the broker acknowledged it. */
  void ping(@Key String run, Ping ping);
}
