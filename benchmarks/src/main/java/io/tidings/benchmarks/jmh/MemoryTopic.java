package io.tidings.benchmarks.jmh;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import io.tidings.runtime.Receipt;
import java.util.concurrent.CompletionStage;

/** The in-memory benchmark's topic: small events keyed by booking id, published without blocking. */
@Topic(name = "bench.memory")
public interface MemoryTopic {

  /** Publishes a small event; the stage completes once the broker stored it. */
  CompletionStage<Receipt> small(@Key String bookingId, Small event);
}
