package io.tidings.conformance;

import io.tidings.annotations.Consumes;
import io.tidings.runtime.Metadata;
import jakarta.inject.Inject;

/** Group {@code auditor}: a second group on the same topic, to check fan-out. */
public final class Auditor {
  private final Recorder recorder;

  @Inject
  Auditor(Recorder recorder) {
    this.recorder = recorder;
  }

  @Consumes(topic = Steps.class, group = "auditor")
  void on(Step step, Metadata metadata) {
    recorder.record("auditor", step.run(), step.key(), step.seq(), metadata);
  }
}
