package io.tidings.runtime.spi;

import io.tidings.annotations.Backoff;
import io.tidings.runtime.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a consumer method's {@code @Retry} and {@code @OnFailure} annotations say, as the generated
 * dispatcher hands it to the runtime with each {@link Route}: retry settings that override the
 * application's defaults (each one {@code null} or unset where the annotation left it out), the
 * exception types that mean a permanent or a business failure, and the dead-letter topic. Generated
 * code builds it once, in a static initialiser, with the {@code with...} methods starting from {@link
 * #DEFAULT}; the runtime classifies failures with the {@code Class} objects (no reflection).
 * Immutable and thread-safe.
 *
 * @param maxAttempts calls in all, or {@code 0} for the default
 * @param initialDelay the first pause, or {@code null} for the default
 * @param maxDelay the longest pause, or {@code null} for the default
 * @param multiplier the growth of an exponential pause, or {@code 0} for the default
 * @param backoff how the pause grows, or {@code null} for the default
 * @param jitter the random spread of a pause (0 to 1), or a negative number for the default
 * @param permanent exception types that dead-letter a record at once
 * @param business exception types that are logged and acknowledged
 * @param deadLetterTopic the topic dead letters go to, or {@code null} for {@code <topic><suffix>}
 */
public record FailurePolicy(
    int maxAttempts,
    Duration initialDelay,
    Duration maxDelay,
    double multiplier,
    Backoff backoff,
    double jitter,
    List<Class<? extends Throwable>> permanent,
    List<Class<? extends Throwable>> business,
    String deadLetterTopic) {

  /** Everything from the application's settings, no exception types mapped. */
  public static final FailurePolicy DEFAULT =
      new FailurePolicy(0, null, null, 0, null, -1, List.of(), List.of(), null);

  /** Copies the lists. */
  public FailurePolicy {
    permanent = List.copyOf(permanent);
    business = List.copyOf(business);
  }

  /** A copy with {@code maxAttempts} calls in all. */
  public FailurePolicy withMaxAttempts(int maxAttempts) {
    return new FailurePolicy(maxAttempts, initialDelay, maxDelay, multiplier, backoff, jitter, permanent, business, deadLetterTopic);
  }

  /** A copy with another first pause. */
  public FailurePolicy withInitialDelay(Duration initialDelay) {
    return new FailurePolicy(maxAttempts, initialDelay, maxDelay, multiplier, backoff, jitter, permanent, business, deadLetterTopic);
  }

  /** A copy with another longest pause. */
  public FailurePolicy withMaxDelay(Duration maxDelay) {
    return new FailurePolicy(maxAttempts, initialDelay, maxDelay, multiplier, backoff, jitter, permanent, business, deadLetterTopic);
  }

  /** A copy with another multiplier. */
  public FailurePolicy withMultiplier(double multiplier) {
    return new FailurePolicy(maxAttempts, initialDelay, maxDelay, multiplier, backoff, jitter, permanent, business, deadLetterTopic);
  }

  /** A copy with another backoff. */
  public FailurePolicy withBackoff(Backoff backoff) {
    return new FailurePolicy(maxAttempts, initialDelay, maxDelay, multiplier, backoff, jitter, permanent, business, deadLetterTopic);
  }

  /** A copy with another jitter. */
  public FailurePolicy withJitter(double jitter) {
    return new FailurePolicy(maxAttempts, initialDelay, maxDelay, multiplier, backoff, jitter, permanent, business, deadLetterTopic);
  }

  /** A copy that also treats {@code types} as permanent failures. */
  @SafeVarargs
  public final FailurePolicy withPermanent(Class<? extends Throwable>... types) {
    return new FailurePolicy(
        maxAttempts, initialDelay, maxDelay, multiplier, backoff, jitter, plus(permanent, types), business, deadLetterTopic);
  }

  /** A copy that also treats {@code types} as business failures. */
  @SafeVarargs
  public final FailurePolicy withBusiness(Class<? extends Throwable>... types) {
    return new FailurePolicy(
        maxAttempts, initialDelay, maxDelay, multiplier, backoff, jitter, permanent, plus(business, types), deadLetterTopic);
  }

  /** A copy whose dead letters go to {@code topic}. */
  public FailurePolicy withDeadLetterTopic(String topic) {
    return new FailurePolicy(
        maxAttempts, initialDelay, maxDelay, multiplier, backoff, jitter, permanent, business, Objects.requireNonNull(topic));
  }

  /**
   * The complete retry policy: this policy's values where set, {@code defaults} otherwise.
   *
   * @throws IllegalArgumentException if the combination is impossible (say a max delay shorter than
   *     the default initial delay)
   */
  public RetryPolicy retry(RetryPolicy defaults) {
    return new RetryPolicy(
        maxAttempts > 0 ? maxAttempts : defaults.maxAttempts(),
        initialDelay != null ? initialDelay : defaults.initialDelay(),
        maxDelay != null ? maxDelay : defaults.maxDelay(),
        multiplier > 0 ? multiplier : defaults.multiplier(),
        backoff != null ? backoff : defaults.backoff(),
        jitter >= 0 ? jitter : defaults.jitter());
  }

  @SafeVarargs
  private static List<Class<? extends Throwable>> plus(
      List<Class<? extends Throwable>> list, Class<? extends Throwable>... types) {
    List<Class<? extends Throwable>> all = new ArrayList<>(list);
    for (Class<? extends Throwable> type : types) {
      all.add(Objects.requireNonNull(type, "exception type"));
    }
    return all;
  }
}
