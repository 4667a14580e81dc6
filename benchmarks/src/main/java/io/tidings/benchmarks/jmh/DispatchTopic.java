package io.tidings.benchmarks.jmh;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;

/** The topic the dispatch benchmark's consumer reads: small events keyed by booking id. */
@Topic(name = "bench.dispatch")
public interface DispatchTopic {

  /** Publishes a small event. */
  void small(@Key String bookingId, Small event);
}
