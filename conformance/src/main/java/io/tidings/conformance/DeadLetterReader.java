package io.tidings.conformance;

import io.tidings.annotations.Consumes;
import io.tidings.runtime.DeadLetter;
import jakarta.inject.Inject;

/** Group {@code dead-letters}: reads the jobs' dead letters as typed values. */
public final class DeadLetterReader {
  private final Recorder recorder;

  @Inject
  DeadLetterReader(Recorder recorder) {
    this.recorder = recorder;
  }

  @Consumes(topic = Jobs.class, group = "dead-letters")
  void on(DeadLetter<Job> letter) {
    recorder.deadLetter(letter);
  }
}
