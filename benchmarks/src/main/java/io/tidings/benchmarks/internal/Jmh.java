package io.tidings.benchmarks.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.profile.JavaFlightRecorderProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs JMH benchmarks through its API with the suite's settings and indexes the scores by method name. */
public final class Jmh {
  /**
   * One benchmark's score: the mean over the measured iterations, their standard deviation (JMH's
   * 99.9 % confidence half-width is meaningless with the quick mode's three iterations) and the unit.
   */
  public record Score(double score, double error, String unit) {
    /** The standard deviation relative to the score ({@code NaN} with a single iteration). */
    public double relativeError() {
      return error / score;
    }
  }

  /**
   * How long JMH measures.
   *
   * @param forks forked JVMs per benchmark
   * @param warmups warm-up iterations
   * @param iterations measured iterations
   * @param iterationMillis length of each iteration
   */
  public record Settings(int forks, int warmups, int iterations, int iterationMillis) {}

  private Jmh() {}

  /** Runs every benchmark whose name matches one of {@code includes}; returns scores by method name. */
  public static Map<String, Score> run(Settings settings, String... includes) throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .forks(settings.forks())
            .warmupIterations(settings.warmups())
            .warmupTime(TimeValue.milliseconds(settings.iterationMillis()))
            .measurementIterations(settings.iterations())
            .measurementTime(TimeValue.milliseconds(settings.iterationMillis()))
            .timeout(TimeValue.seconds(120))
            .threads(1)
            .jvmArgs(ChildJvm.HEAP.toArray(new String[0]))
            .shouldFailOnError(true);
    for (String include : includes) {
      options.include(include);
    }
    String jfr = System.getProperty(ChildJvm.JFR_PROPERTY);
    if (jfr != null) {
      options.addProfiler(JavaFlightRecorderProfiler.class, "dir=" + jfr);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Score> scores = new HashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      Result<?> primary = result.getPrimaryResult();
      double deviation = primary.getStatistics().getStandardDeviation();
      scores.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), new Score(primary.getScore(), deviation, primary.getScoreUnit()));
    }
    return scores;
  }
}
