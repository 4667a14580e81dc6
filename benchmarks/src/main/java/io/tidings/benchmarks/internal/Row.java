package io.tidings.benchmarks.internal;

/**
 * One line of BENCHMARKS.md: a comparison, its goal, the measured figure and the absolute numbers
 * behind it.
 *
 * @param section the table it belongs to
 * @param comparison what is compared with what
 * @param goal the target, or {@link Goal#NONE}
 * @param value the measured ratio (or seconds, for absolute goals), {@code NaN} if not measured
 * @param relativeError a rough ± relative to {@code value}, {@code NaN} if unknown
 * @param absolute the absolute figures behind {@code value}, for context
 */
public record Row(String section, String comparison, Goal goal, double value, double relativeError, String absolute) {

  /** A row for a comparison that could not be measured in this run, saying why. */
  public static Row missing(String section, String comparison, Goal goal, String why) {
    return new Row(section, comparison, goal, Double.NaN, Double.NaN, why);
  }

  /** Whether the goal was met: "met", "MISSED", or a dash when there is no goal or no figure. */
  public String verdict() {
    if (goal == Goal.NONE) {
      return "—";
    }
    if (Double.isNaN(value)) {
      return "not measured";
    }
    return goal.metBy(value) ? "met" : "**MISSED**";
  }
}
