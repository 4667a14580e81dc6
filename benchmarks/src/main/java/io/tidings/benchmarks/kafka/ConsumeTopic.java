package io.tidings.benchmarks.kafka;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import io.tidings.runtime.Receipt;
import java.util.concurrent.CompletionStage;

/** The topic every consuming variant reads: filled once by the harness before the consume runs. */
@Topic(name = EndToEnd.CONSUME_TOPIC)
public interface ConsumeTopic {

  /** Publishes a reading without blocking. */
  CompletionStage<Receipt> reading(@Key String sensor, Reading reading);
}
