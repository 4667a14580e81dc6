package io.tidings.benchmarks.internal;

import java.util.Locale;

/**
 * A target a figure is reported against (never asserted): at least or at most some value.
 *
 * @param text how the report shows it
 * @param bound the bound
 * @param atLeast whether the figure must be at least (or else at most) the bound
 */
public record Goal(String text, double bound, boolean atLeast) {
  /** No goal: the row is context. */
  public static final Goal NONE = new Goal("—", Double.NaN, true);

  /** At least {@code bound} times the baseline. */
  public static Goal atLeast(double bound) {
    return new Goal(String.format(Locale.ROOT, "≥ %.2f×", bound), bound, true);
  }

  /** At most {@code bound} times the baseline. */
  public static Goal atMost(double bound) {
    return new Goal(String.format(Locale.ROOT, "≤ %.2f×", bound), bound, false);
  }

  /** At most {@code seconds} seconds. */
  public static Goal atMostSeconds(double seconds) {
    return new Goal(String.format(Locale.ROOT, "≤ %.2f s", seconds), seconds, false);
  }

  /** Whether {@code value} meets the goal. */
  public boolean metBy(double value) {
    return atLeast ? value >= bound : value <= bound;
  }

  /** Whether the row's value is in seconds rather than a ratio. */
  public boolean seconds() {
    return text.endsWith(" s");
  }
}
