package io.tidings.benchmarks.kafka;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import io.tidings.runtime.Receipt;
import java.util.concurrent.CompletionStage;

/** The topic every publishing variant writes to; nothing in the benchmark consumes it. */
@Topic(name = EndToEnd.PUBLISH_TOPIC)
public interface PublishTopic {

  /** Publishes a reading without blocking. */
  CompletionStage<Receipt> reading(@Key String sensor, Reading reading);
}
