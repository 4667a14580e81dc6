package io.tidings.runtime;

import io.tidings.annotations.Backoff;
import io.tidings.runtime.internal.Durations;
import java.time.Duration;
import java.util.Objects;

/**
 * A complete retry policy: how many times a failing handler is called and how long Tidings pauses
 * between two calls. The defaults come from {@link TidingsSettings#retryPolicy()}; a {@code @Retry}
 * annotation overrides them member by member. Immutable and thread-safe.
 *
 * @param maxAttempts calls in all before the record is dead-lettered, at least 1 (1 = no retry)
 * @param initialDelay the pause after the first failed call, zero or positive
 * @param maxDelay the longest pause, not shorter than {@code initialDelay}
 * @param multiplier how much an exponential pause grows per call, finite and at least 1
 * @param backoff how the pause grows
 * @param jitter the fraction (0 to 1) by which a pause is spread at random either way
 */
public record RetryPolicy(
    int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier, Backoff backoff, double jitter) {

  /** Checks every value; the message names the bad one and what is accepted. */
  public RetryPolicy {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(backoff, "backoff");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("retry max attempts must be at least 1 (1 = no retry), not " + maxAttempts);
    }
    if (initialDelay.isNegative()) {
      throw new IllegalArgumentException("retry initial delay must not be negative, not " + Durations.format(initialDelay));
    }
    if (maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("retry max delay (" + Durations.format(maxDelay)
          + ") must not be shorter than the initial delay (" + Durations.format(initialDelay) + ")");
    }
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("retry multiplier must be a finite number of at least 1, not " + multiplier);
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("retry jitter must be a fraction from 0 to 1, not " + jitter);
    }
  }

  /**
   * The pause after the {@code attempt}-th failed call (1-based), before jitter: the initial delay
   * grown as {@link #backoff()} says, at most the max delay.
   */
  public Duration baseDelay(int attempt) {
    long initial = initialDelay.toMillis();
    int n = Math.max(1, attempt);
    double millis = switch (backoff) {
      case FIXED -> initial;
      case LINEAR -> (double) initial * n;
      case EXPONENTIAL -> initial * Math.pow(multiplier, n - 1);
    };
    long max = maxDelay.toMillis();
    return Duration.ofMillis(millis >= max ? max : (long) millis);
  }

  /**
   * The pause after the {@code attempt}-th failed call with jitter applied: the base delay times
   * {@code 1 + jitter × (2 × random - 1)}, never above the max delay.
   *
   * @param random a number from 0 (inclusive) to 1 (exclusive)
   */
  public Duration delay(int attempt, double random) {
    Duration base = baseDelay(attempt);
    if (jitter == 0.0) {
      return base;
    }
    double spread = base.toMillis() * (1.0 + jitter * (2.0 * random - 1.0));
    long millis = Math.min(maxDelay.toMillis(), Math.max(0L, Math.round(spread)));
    return Duration.ofMillis(millis);
  }

  /** {@code 3 attempts, exponential 1s x2.0 up to 30s, jitter 0.1}. */
  @Override
  public String toString() {
    return maxAttempts + " attempts, " + backoff.name().toLowerCase(java.util.Locale.ROOT) + " "
        + Durations.format(initialDelay) + (backoff == Backoff.EXPONENTIAL ? " x" + multiplier : "")
        + " up to " + Durations.format(maxDelay) + ", jitter " + jitter;
  }
}
