package io.tidings.it.topics;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import io.tidings.runtime.Receipt;
import java.util.concurrent.CompletionStage;

/** Numbered steps per key, to check that each key's order survives many partitions. */
@Topic(name = "it.sequence", partitions = 8)
public interface Sequence {

  /** One step of one key's sequence. */
  CompletionStage<Receipt> step(@Key String key, Step step);

  /**
   * A step.
   *
   * @param key whose step
   * @param number its position in the key's sequence
   */
  record Step(String key, long number) {}
}
