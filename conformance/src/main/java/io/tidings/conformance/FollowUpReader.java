package io.tidings.conformance;

import io.tidings.annotations.Consumes;
import io.tidings.runtime.Metadata;
import jakarta.inject.Inject;

/** Group {@code follow-ups}: records the follow-ups with their correlation headers. */
public final class FollowUpReader {
  private final Recorder recorder;

  @Inject
  FollowUpReader(Recorder recorder) {
    this.recorder = recorder;
  }

  @Consumes(topic = FollowUps.class, group = "follow-ups")
  void on(FollowUp followUp, Metadata metadata) {
    recorder.record("follow-ups", followUp.run(), followUp.id(), -1, metadata);
  }
}
