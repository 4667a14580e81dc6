package io.tidings.benchmarks.startup;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Key;

/** The start-up probe's consumer: reports the first ping of the current run. Stateless. */
public final class StartupConsumer {

  /** Handles a ping. */
  @Consumes(topic = StartupTopic.class, group = "bench-startup")
  public void on(Ping ping, @Key String run) {
    FirstMessage.handled(ping.run());
  }
}
