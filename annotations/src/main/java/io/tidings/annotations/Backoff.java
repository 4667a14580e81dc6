package io.tidings.annotations;

/**
 * How the pause between two calls of a failing handler grows; see {@link Retry#backoff()}.
 *
 * <p>With an initial delay {@code d}, a multiplier {@code m} and the {@code n}-th failed call
 * (1-based), the pause is {@code d} for {@link #FIXED}, {@code d × n} for {@link #LINEAR} and
 * {@code d × m^(n-1)} for {@link #EXPONENTIAL}; it never exceeds the maximum delay, and jitter then
 * spreads it by up to its fraction either way.
 */
public enum Backoff {
  /** The same pause every time. */
  FIXED,
  /** A pause that grows by the initial delay with every call. */
  LINEAR,
  /** A pause multiplied by the multiplier with every call. */
  EXPONENTIAL
}
