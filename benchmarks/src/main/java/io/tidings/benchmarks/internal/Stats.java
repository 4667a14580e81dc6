package io.tidings.benchmarks.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and spreads of repeated harness runs. */
public final class Stats {
  private Stats() {}

  /** The median of {@code values}; the mean of the middle two for an even count. */
  public static double median(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  /** Half the min–max range relative to the median, as a rough ± for the report. */
  public static double relativeSpread(List<Double> values) {
    double median = median(values);
    return (Collections.max(values) - Collections.min(values)) / 2 / median;
  }

  /** The relative error of a ratio of two independent figures with relative errors {@code a} and {@code b}. */
  public static double ratioError(double a, double b) {
    return Math.sqrt(a * a + b * b);
  }
}
