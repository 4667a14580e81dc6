package io.tidings.benchmarks.jmh;

import io.tidings.annotations.Topic;

/** Declares the codec benchmark's payloads so that the processor generates their JSON codecs. */
@Topic(name = "bench.codec")
public interface CodecTopic {

  /** Publishes the small event. */
  void small(Small event);

  /** Publishes the nested event. */
  void nested(Nested event);
}
