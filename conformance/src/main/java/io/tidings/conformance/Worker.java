package io.tidings.conformance;

import io.tidings.annotations.Backoff;
import io.tidings.annotations.Consumes;
import io.tidings.annotations.Header;
import io.tidings.annotations.OnFailure;
import io.tidings.annotations.Retry;
import io.tidings.runtime.BusinessFailure;
import io.tidings.runtime.Metadata;
import io.tidings.runtime.PermanentFailure;
import jakarta.inject.Inject;

/**
 * Group {@code worker}: behaves as each job says. Three attempts, pauses of 100 ms then 200 ms
 * (exponential, no jitter); {@link IllegalArgumentException} is permanent, {@link Overbooked} is a
 * business failure.
 *
 * <ul>
 *   <li>{@code ok}: succeeds;
 *   <li>{@code flaky}: fails transiently {@code failTimes} times, then succeeds;
 *   <li>{@code always}: always fails transiently;
 *   <li>{@code permanent}: throws {@link PermanentFailure};
 *   <li>{@code mapped-permanent}: throws {@link IllegalArgumentException};
 *   <li>{@code business}: throws {@link BusinessFailure};
 *   <li>{@code mapped-business}: throws {@link Overbooked};
 *   <li>{@code publish}: publishes a {@link FollowUp};
 *   <li>{@code slow}: sleeps 20 ms, then succeeds.
 * </ul>
 */
@Retry(maxAttempts = 3, initialDelay = "100ms", maxDelay = "1s", multiplier = 2, backoff = Backoff.EXPONENTIAL, jitter = 0)
@OnFailure(permanent = IllegalArgumentException.class, business = Overbooked.class)
public final class Worker {
  private final Recorder recorder;
  private final FollowUps followUps;

  @Inject
  Worker(Recorder recorder, FollowUps followUps) {
    this.recorder = recorder;
    this.followUps = followUps;
  }

  @Consumes(topic = Jobs.class, group = "worker")
  void on(Job job, @Header("priority") Integer priority, Metadata metadata) throws InterruptedException {
    recorder.record("worker", job.run(), job.id(), -1, metadata);
    int attempt = recorder.attempt(job.run() + "/" + job.id());
    switch (job.behaviour()) {
      case "flaky" -> {
        if (attempt <= job.failTimes()) {
          throw new IllegalStateException("flaky dependency, call " + attempt);
        }
      }
      case "always" -> throw new IllegalStateException("still down, call " + attempt);
      case "permanent" -> throw new PermanentFailure("job " + job.id() + " can never succeed");
      case "mapped-permanent" -> throw new IllegalArgumentException("job " + job.id() + " is malformed");
      case "business" -> throw new BusinessFailure("job " + job.id() + " is refused");
      case "mapped-business" -> throw new Overbooked("job " + job.id() + " overbooks");
      case "publish" -> followUps.followUp(job.id(), new FollowUp(job.run(), job.id()));
      case "slow" -> Thread.sleep(20);
      default -> {
        // ok
      }
    }
  }
}
