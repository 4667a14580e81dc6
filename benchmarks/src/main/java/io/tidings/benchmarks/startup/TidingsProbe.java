package io.tidings.benchmarks.startup;

/** Placeholder until the runtime is merged: the real probe is in {@code src/pending}. */
final class TidingsProbe {
  private TidingsProbe() {}

  static void memory(String run) {
    throw new UnsupportedOperationException("the Tidings runtime is not merged yet");
  }

  static void kafka(String run, String bootstrap) {
    throw new UnsupportedOperationException("the Tidings Kafka transport is not merged yet");
  }
}
