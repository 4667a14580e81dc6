package io.tidings.benchmarks.kafka;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Key;

/** The Tidings consumer of the consume benchmark: counts every reading in {@link Progress}. Stateless. */
public final class ConsumeSink {

  /** Handles one reading. */
  @Consumes(topic = ConsumeTopic.class, group = EndToEnd.GROUP)
  public void on(Reading reading, @Key String sensor) {
    Progress.INSTANCE.handled(sensor, reading);
  }
}
