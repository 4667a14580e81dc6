package io.tidings.runtime;

import io.tidings.annotations.Backoff;
import io.tidings.runtime.internal.Durations;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the runtime behaves around the transport: how long a {@code void} publish waits for the
 * broker, how long {@link Tidings#close()} waits for in-flight records, and how a record whose
 * handler fails transiently is retried. Immutable and thread-safe; change a value with a {@code
 * with...} method, which returns a copy.
 *
 * <p>{@link #fromEnv()} reads the environment variables below; a variable that is not set keeps its
 * default, a variable with a bad value fails with a message naming it and what is accepted.
 * Durations are written {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h} or ISO-8601 ({@code PT30S}).
 *
 * <table>
 *   <caption>Settings and their variables</caption>
 *   <tr><th>variable</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code TIDINGS_PUBLISH_TIMEOUT}</td><td>30s</td><td>how long a {@code void} publish waits</td></tr>
 *   <tr><td>{@code TIDINGS_SHUTDOWN_TIMEOUT}</td><td>30s</td><td>how long close waits for in-flight records</td></tr>
 *   <tr><td>{@code TIDINGS_RETRY_MAX_ATTEMPTS}</td><td>3</td><td>handler calls before a record is dead-lettered</td></tr>
 *   <tr><td>{@code TIDINGS_RETRY_INITIAL_DELAY}</td><td>1s</td><td>the pause before the second call</td></tr>
 *   <tr><td>{@code TIDINGS_RETRY_MAX_DELAY}</td><td>30s</td><td>the longest pause between calls</td></tr>
 *   <tr><td>{@code TIDINGS_RETRY_MULTIPLIER}</td><td>2</td><td>how much each pause grows</td></tr>
 *   <tr><td>{@code TIDINGS_RETRY_BACKOFF}</td><td>exponential</td><td>{@code fixed}, {@code linear} or {@code exponential}</td></tr>
 *   <tr><td>{@code TIDINGS_RETRY_JITTER}</td><td>0.1</td><td>the random spread of each pause, 0 to 1</td></tr>
 *   <tr><td>{@code TIDINGS_DLQ_SUFFIX}</td><td>.dlq</td><td>appended to a topic's name to name its dead-letter topic</td></tr>
 * </table>
 *
 * <p>A consumer's {@code @Retry} overrides the retry values member by member, and its {@code
 * @OnFailure(deadLetterTopic = ...)} the dead-letter topic.
 */
public final class TidingsSettings {
  /** Variable naming {@link #publishTimeout()}. */
  public static final String PUBLISH_TIMEOUT = "TIDINGS_PUBLISH_TIMEOUT";
  /** Variable naming {@link #shutdownTimeout()}. */
  public static final String SHUTDOWN_TIMEOUT = "TIDINGS_SHUTDOWN_TIMEOUT";
  /** Variable naming {@link #retryMaxAttempts()}. */
  public static final String RETRY_MAX_ATTEMPTS = "TIDINGS_RETRY_MAX_ATTEMPTS";
  /** Variable naming {@link #retryInitialDelay()}. */
  public static final String RETRY_INITIAL_DELAY = "TIDINGS_RETRY_INITIAL_DELAY";
  /** Variable naming {@link #retryMaxDelay()}. */
  public static final String RETRY_MAX_DELAY = "TIDINGS_RETRY_MAX_DELAY";
  /** Variable naming {@link #retryMultiplier()}. */
  public static final String RETRY_MULTIPLIER = "TIDINGS_RETRY_MULTIPLIER";
  /** Variable naming {@link RetryPolicy#backoff()} of {@link #retryPolicy()}. */
  public static final String RETRY_BACKOFF = "TIDINGS_RETRY_BACKOFF";
  /** Variable naming {@link RetryPolicy#jitter()} of {@link #retryPolicy()}. */
  public static final String RETRY_JITTER = "TIDINGS_RETRY_JITTER";
  /** Variable naming {@link #deadLetterSuffix()}. */
  public static final String DLQ_SUFFIX = "TIDINGS_DLQ_SUFFIX";

  private static final TidingsSettings DEFAULTS = new TidingsSettings(
      Duration.ofSeconds(30),
      Duration.ofSeconds(30),
      new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0, Backoff.EXPONENTIAL, 0.1),
      ".dlq");

  private final Duration publishTimeout;
  private final Duration shutdownTimeout;
  private final RetryPolicy retry;
  private final String deadLetterSuffix;

  private TidingsSettings(Duration publishTimeout, Duration shutdownTimeout, RetryPolicy retry, String deadLetterSuffix) {
    this.publishTimeout = positive(publishTimeout, "publish timeout");
    this.shutdownTimeout = notNegative(shutdownTimeout, "shutdown timeout");
    this.retry = Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(deadLetterSuffix, "deadLetterSuffix");
    if (!isTopicNamePart(deadLetterSuffix)) {
      throw new IllegalArgumentException("the dead-letter suffix must be one or more of the characters [a-zA-Z0-9._-]"
          + " (Kafka's topic name characters), like .dlq, not \"" + deadLetterSuffix + "\"");
    }
    this.deadLetterSuffix = deadLetterSuffix;
  }

  /** The defaults: 30s publish and shutdown timeouts, 3 attempts, delays from 1s doubling up to 30s. */
  public static TidingsSettings defaults() {
    return DEFAULTS;
  }

  /** The defaults overridden by the {@code TIDINGS_*} environment variables of this process. */
  public static TidingsSettings fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * The defaults overridden by the {@code TIDINGS_*} entries of {@code env}.
   *
   * @throws IllegalArgumentException naming the variable and what it accepts if a value is bad
   */
  public static TidingsSettings fromEnv(Map<String, String> env) {
    TidingsSettings d = DEFAULTS;
    Duration publish = duration(env, PUBLISH_TIMEOUT, d.publishTimeout);
    Duration shutdown = duration(env, SHUTDOWN_TIMEOUT, d.shutdownTimeout);
    int attempts = integer(env, RETRY_MAX_ATTEMPTS, d.retry.maxAttempts());
    Duration initial = duration(env, RETRY_INITIAL_DELAY, d.retry.initialDelay());
    Duration max = duration(env, RETRY_MAX_DELAY, d.retry.maxDelay());
    double multiplier = decimal(env, RETRY_MULTIPLIER, d.retry.multiplier());
    Backoff backoff = backoff(env, d.retry.backoff());
    double jitter = fraction(env, RETRY_JITTER, d.retry.jitter());
    String suffix = value(env, DLQ_SUFFIX);
    try {
      return new TidingsSettings(
          publish, shutdown, new RetryPolicy(attempts, initial, max, multiplier, backoff, jitter), suffix == null ? d.deadLetterSuffix : suffix);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Bad TIDINGS_* environment: " + e.getMessage(), e);
    }
  }

  /** How long a {@code void} publish method waits for the broker's acknowledgement. */
  public Duration publishTimeout() {
    return publishTimeout;
  }

  /** How long {@link Tidings#close()} waits for records in flight before it gives up on them. */
  public Duration shutdownTimeout() {
    return shutdownTimeout;
  }

  /** How many times a handler is called for a record that keeps failing transiently (at least 1). */
  public int retryMaxAttempts() {
    return retry.maxAttempts();
  }

  /** The pause between the first and the second call. */
  public Duration retryInitialDelay() {
    return retry.initialDelay();
  }

  /** The longest pause between two calls. */
  public Duration retryMaxDelay() {
    return retry.maxDelay();
  }

  /** The factor each pause grows by. */
  public double retryMultiplier() {
    return retry.multiplier();
  }

  /** The default retry policy of every consumer method; {@code @Retry} overrides it member by member. */
  public RetryPolicy retryPolicy() {
    return retry;
  }

  /** What is appended to a topic's name to name its dead-letter topic ({@code .dlq} by default). */
  public String deadLetterSuffix() {
    return deadLetterSuffix;
  }

  /**
   * The pause after the handler's {@code attempt}-th failed call (1-based), before jitter: see {@link
   * RetryPolicy#baseDelay(int)}.
   */
  public Duration retryDelay(int attempt) {
    return retry.baseDelay(attempt);
  }

  /** A copy with another publish timeout (positive). */
  public TidingsSettings withPublishTimeout(Duration timeout) {
    return new TidingsSettings(timeout, shutdownTimeout, retry, deadLetterSuffix);
  }

  /** A copy with another shutdown timeout (zero or positive). */
  public TidingsSettings withShutdownTimeout(Duration timeout) {
    return new TidingsSettings(publishTimeout, timeout, retry, deadLetterSuffix);
  }

  /** A copy with another default retry policy. */
  public TidingsSettings withRetry(RetryPolicy policy) {
    return new TidingsSettings(publishTimeout, shutdownTimeout, policy, deadLetterSuffix);
  }

  /** A copy with another dead-letter suffix, such as {@code -dead}. */
  public TidingsSettings withDeadLetterSuffix(String suffix) {
    return new TidingsSettings(publishTimeout, shutdownTimeout, retry, suffix);
  }

  /**
   * A copy with another exponential retry policy without jitter; tests shrink the delays to
   * milliseconds.
   *
   * @param maxAttempts handler calls before a record is dead-lettered, at least 1
   * @param initialDelay the pause before the second call
   * @param maxDelay the longest pause, not shorter than {@code initialDelay}
   * @param multiplier how much each pause grows, at least 1
   */
  public TidingsSettings withRetry(int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier) {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    return withRetry(new RetryPolicy(maxAttempts, initialDelay, maxDelay, multiplier, Backoff.EXPONENTIAL, 0.0));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TidingsSettings that
        && publishTimeout.equals(that.publishTimeout)
        && shutdownTimeout.equals(that.shutdownTimeout)
        && retry.equals(that.retry)
        && deadLetterSuffix.equals(that.deadLetterSuffix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(publishTimeout, shutdownTimeout, retry, deadLetterSuffix);
  }

  @Override
  public String toString() {
    return "TidingsSettings[publishTimeout=" + Durations.format(publishTimeout)
        + ", shutdownTimeout=" + Durations.format(shutdownTimeout)
        + ", retry=" + retry + ", dead letters to <topic>" + deadLetterSuffix + "]";
  }

  /**
   * Whether {@code text} is one or more of {@code [a-zA-Z0-9._-]}; a loop rather than a regular
   * expression, since every application builds its settings while it starts.
   */
  private static boolean isTopicNamePart(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  private static Duration positive(Duration value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, not " + Durations.format(value));
    }
    return value;
  }

  private static Duration notNegative(Duration value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative, not " + Durations.format(value));
    }
    return value;
  }

  private static Backoff backoff(Map<String, String> env, Backoff fallback) {
    String value = value(env, RETRY_BACKOFF);
    if (value == null) {
      return fallback;
    }
    for (Backoff backoff : Backoff.values()) {
      if (backoff.name().equalsIgnoreCase(value)) {
        return backoff;
      }
    }
    throw new IllegalArgumentException(RETRY_BACKOFF + "=" + value + " is not a backoff: use fixed, linear or exponential");
  }

  private static double fraction(Map<String, String> env, String name, double fallback) {
    String value = value(env, name);
    if (value == null) {
      return fallback;
    }
    try {
      double parsed = Double.parseDouble(value);
      if (parsed >= 0.0 && parsed <= 1.0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + "=" + value + " is not a fraction from 0 to 1, e.g. 0.1 (0 = no jitter)");
  }

  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static Duration duration(Map<String, String> env, String name, Duration fallback) {
    String value = value(env, name);
    if (value == null) {
      return fallback;
    }
    try {
      return Durations.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name + "=" + value + " is not a duration: use a number with a unit (500ms, 30s, 2m, 1h) or ISO-8601 (PT30S)", e);
    }
  }

  private static int integer(Map<String, String> env, String name, int fallback) {
    String value = value(env, name);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= 1) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + "=" + value + " is not a whole number of at least 1 (1 = no retry), e.g. 3");
  }

  private static double decimal(Map<String, String> env, String name, double fallback) {
    String value = value(env, name);
    if (value == null) {
      return fallback;
    }
    try {
      double parsed = Double.parseDouble(value);
      if (parsed >= 1.0 && !Double.isInfinite(parsed)) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + "=" + value + " is not a number of at least 1, e.g. 2 or 1.5");
  }
}
