package io.tidings.benchmarks.kafka;

/**
 * Placeholder until the runtime and the Kafka transport are merged: the real variants are in
 * {@code src/pending}. Throws, so the report says "not measured".
 */
final class TidingsClients {
  private TidingsClients() {}

  static long publish(String bootstrap, int warmup, int records) {
    throw new UnsupportedOperationException("the Tidings Kafka transport is not merged yet");
  }

  static long consume(String bootstrap, int warmup, int records) {
    throw new UnsupportedOperationException("the Tidings Kafka transport is not merged yet");
  }
}
