package io.tidings.runtime.internal;

import io.tidings.runtime.BusinessFailure;
import io.tidings.runtime.PermanentFailure;
import io.tidings.runtime.RetryPolicy;
import io.tidings.runtime.TidingsSettings;
import io.tidings.runtime.TransientFailure;
import io.tidings.runtime.codec.DecodeException;
import io.tidings.runtime.spi.FailurePolicy;
import io.tidings.runtime.spi.Route;

/**
 * One route's failure policy, resolved against the settings once at start: the complete retry
 * policy, the dead-letter topic and a table of exception types, most specific first, so that
 * classifying a failure is a short walk with {@link Class#isInstance} (no reflection beyond that).
 * Immutable and thread-safe.
 */
final class FailureRules {
  /** The three classes of failure. */
  enum Kind { TRANSIENT, PERMANENT, BUSINESS }

  private final RetryPolicy retry;
  private final String deadLetterTopic;
  private final Class<?>[] types;
  private final Kind[] kinds;

  private FailureRules(RetryPolicy retry, String deadLetterTopic, Class<?>[] types, Kind[] kinds) {
    this.retry = retry;
    this.deadLetterTopic = deadLetterTopic;
    this.types = types;
    this.kinds = kinds;
  }

  /**
   * Resolves {@code route}'s policy.
   *
   * @throws IllegalStateException naming the method if its retry values and the settings combine
   *     into an impossible policy
   */
  static FailureRules of(Route route, TidingsSettings settings) {
    FailurePolicy policy = route.failure();
    RetryPolicy retry;
    try {
      retry = policy.retry(settings.retryPolicy());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Tidings cannot start: the @Retry of " + route.method() + " combined with "
          + settings + " gives an impossible policy: " + e.getMessage() + ". Set the missing @Retry members explicitly.", e);
    }
    // Plain loops, no streams or lambdas: this runs at start-up, where each lambda and stream costs
    // class loading and linkage.
    int count = policy.permanent().size() + policy.business().size();
    Class<?>[] types = new Class<?>[count];
    Kind[] kinds = new Kind[count];
    int[] depths = new int[count];
    int n = 0;
    for (Class<?> type : policy.permanent()) {
      n = insert(types, kinds, depths, n, type, Kind.PERMANENT);
    }
    for (Class<?> type : policy.business()) {
      n = insert(types, kinds, depths, n, type, Kind.BUSINESS);
    }
    String topic = policy.deadLetterTopic() != null
        ? policy.deadLetterTopic()
        : route.topic().name() + settings.deadLetterSuffix();
    return new FailureRules(retry, topic, types, kinds);
  }

  /**
   * Adds {@code type} to the first {@code n} entries, kept deeper classes first (of two listed types
   * that both match, the subclass is the more specific) and, among equally deep ones, in the order
   * listed; returns the new count.
   */
  private static int insert(Class<?>[] types, Kind[] kinds, int[] depths, int n, Class<?> type, Kind kind) {
    int depth = depth(type);
    int at = n;
    while (at > 0 && depths[at - 1] < depth) {
      types[at] = types[at - 1];
      kinds[at] = kinds[at - 1];
      depths[at] = depths[at - 1];
      at--;
    }
    types[at] = type;
    kinds[at] = kind;
    depths[at] = depth;
    return n + 1;
  }

  /** The default rules for a record that reached no method (no event type, an unknown one). */
  static FailureRules defaults(String topic, TidingsSettings settings) {
    return new FailureRules(settings.retryPolicy(), topic + settings.deadLetterSuffix(), new Class<?>[0], new Kind[0]);
  }

  RetryPolicy retry() {
    return retry;
  }

  String deadLetterTopic() {
    return deadLetterTopic;
  }

  /**
   * What {@code error} means: Tidings' own failure types (and undecodable input) always mean what
   * they say; other exceptions as the method's mapping says; anything else is transient.
   */
  Kind classify(Throwable error) {
    if (error instanceof BusinessFailure) {
      return Kind.BUSINESS;
    }
    if (error instanceof PermanentFailure || error instanceof DecodeException) {
      return Kind.PERMANENT;
    }
    if (error instanceof TransientFailure) {
      return Kind.TRANSIENT;
    }
    for (int i = 0; i < types.length; i++) {
      if (types[i].isInstance(error)) {
        return kinds[i];
      }
    }
    return Kind.TRANSIENT;
  }

  private static int depth(Class<?> type) {
    int depth = 0;
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      depth++;
    }
    return depth;
  }
}
