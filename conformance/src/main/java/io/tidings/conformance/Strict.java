package io.tidings.conformance;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.OnFailure;
import io.tidings.annotations.Retry;
import io.tidings.runtime.Metadata;
import jakarta.inject.Inject;

/**
 * Group {@code strict}: no retries, and dead letters to a topic of its own choosing. Rejects jobs
 * whose behaviour is {@code strict-reject} with an {@link UnsupportedOperationException} (transient
 * by default, so dead-lettered after its single attempt); accepts all others.
 */
@Retry(maxAttempts = 1)
@OnFailure(deadLetterTopic = "conformance.jobs.strict-rejects")
public final class Strict {
  private final Recorder recorder;

  @Inject
  Strict(Recorder recorder) {
    this.recorder = recorder;
  }

  @Consumes(topic = Jobs.class, group = "strict")
  void on(Job job, Metadata metadata) {
    if (job.behaviour().equals("strict-reject")) {
      recorder.record("strict", job.run(), job.id(), -1, metadata);
      throw new UnsupportedOperationException("strict does not take job " + job.id());
    }
  }
}
