package io.tidings.conformance;

import io.tidings.annotations.Key;
import io.tidings.annotations.Consumes;
import io.tidings.runtime.Metadata;
import jakarta.inject.Inject;

/** Group {@code sequencer}: records every step, to check per-key order. */
public final class Sequencer {
  private final Recorder recorder;

  @Inject
  Sequencer(Recorder recorder) {
    this.recorder = recorder;
  }

  @Consumes(topic = Steps.class, group = "sequencer")
  void on(Step step, @Key String key, Metadata metadata) {
    recorder.record("sequencer", step.run(), key, step.seq(), metadata);
  }
}
