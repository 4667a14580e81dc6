package io.tidings.benchmarks.jmh;

import io.tidings.annotations.Format;
import io.tidings.annotations.Topic;

/** Declares the Avro codec benchmark's payloads so that the processor generates their Avro codecs. */
@Topic(name = "bench.avro", format = Format.AVRO)
public interface AvroTopic {

  /** Publishes the small event. */
  void small(AvroSmall event);

  /** Publishes the nested event. */
  void nested(AvroNested event);
}
