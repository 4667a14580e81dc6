package io.tidings.benchmarks.startup;

import io.tidings.benchmarks.internal.ChildJvm;
import io.tidings.benchmarks.internal.Goal;
import io.tidings.benchmarks.internal.Row;
import io.tidings.benchmarks.internal.Stats;
import io.tidings.benchmarks.kafka.KafkaBroker;
import io.tidings.runtime.spi.StandardHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up time: from launching a child JVM to its first message handled, measured by this JVM
 * (launch to the child's {@code HANDLED} line). Variants run alternated, median of the rounds. The
 * {@code jvm} variant (a JVM that prints at once, same class path and flags) is the floor; the
 * queue hand-over and raw Kafka clients are the baselines of the memory and Kafka modules; the
 * {@code guice} variant (SLF4J and a Guice injector, then the hand-over) is what any Guice
 * application pays, for context. Each Tidings child writes its phase times to its log (see {@link
 * TidingsProbe}).
 */
public final class StartUp {
  private static final Logger LOG = LoggerFactory.getLogger(StartUp.class);
  private static final String SECTION = "Start-up";
  /** The probe's topic, as {@link StartupTopic} declares it. */
  static final String TOPIC = "bench.startup";

  private StartUp() {}

  /**
   * Runs the start-up comparisons; the Kafka ones only if {@code broker} is not {@code null}. The
   * probe's topic and its dead-letter topic are created first, so every run finds them (an
   * application restarting against its cluster), and no variant pays for creating them.
   */
  public static List<Row> run(KafkaBroker broker, Path work, int rounds) throws Exception {
    String bootstrap = broker == null ? null : broker.bootstrap();
    if (broker != null) {
      broker.createTopics(List.of(TOPIC, TOPIC + StandardHeaders.DLQ_SUFFIX));
    }
    List<String> variants = new ArrayList<>(List.of("jvm", "queue", "guice", "memory"));
    if (bootstrap != null) {
      variants.addAll(List.of("kafka-raw", "kafka"));
    }
    Path logs = Files.createDirectories(work.resolve("startup"));
    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    Map<String, String> failures = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < variants.size(); i++) {
        String variant = variants.get((i + round) % variants.size());
        if (failures.containsKey(variant)) {
          continue;
        }
        List<String> components = variant.equals("memory") || variant.equals("kafka") ? List.of("StartupTopic", "StartupConsumer") : List.of();
        List<String> command =
            bootstrap == null
                ? ChildJvm.command(components, StartupProbe.class, variant)
                : ChildJvm.command(components, StartupProbe.class, variant, bootstrap);
        try {
          ChildJvm.Line line = ChildJvm.run(command, logs.resolve(variant + "-" + round + ".log"), FirstMessage.HANDLED::equals, 180);
          double s = line.nanosFromLaunch() / 1e9;
          seconds.computeIfAbsent(variant, v -> new ArrayList<>()).add(s);
          LOG.info("start-up {}: {} s", variant, String.format(Locale.ROOT, "%.3f", s));
        } catch (Exception e) {
          LOG.warn("start-up {} failed: {}", variant, e.getMessage());
          failures.put(variant, e.getMessage());
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    rows.add(row(seconds, failures, "memory", "queue", "memory module: JVM start → first message handled", Goal.atMostSeconds(0.5), rounds));
    if (bootstrap != null) {
      rows.add(row(seconds, failures, "kafka", "kafka-raw", "Kafka module (broker up): JVM start → first message handled", Goal.atMostSeconds(1.5), rounds));
    } else {
      rows.add(Row.missing(SECTION, "Kafka module (broker up): JVM start → first message handled", Goal.atMostSeconds(1.5), "not measured: no broker in this run"));
    }
    return rows;
  }

  private static Row row(
      Map<String, List<Double>> seconds, Map<String, String> failures, String variant, String baseline, String comparison, Goal goal, int rounds) {
    List<Double> ours = seconds.get(variant);
    if (ours == null) {
      return Row.missing(SECTION, comparison, goal, "not measured: " + failures.getOrDefault(variant, "no result"));
    }
    double value = Stats.median(ours);
    StringBuilder absolute = new StringBuilder(String.format(Locale.ROOT, "%.3f s", value));
    List<Double> theirs = seconds.get(baseline);
    if (theirs != null) {
      double base = Stats.median(theirs);
      absolute.append(String.format(Locale.ROOT, "; baseline `%s` %.3f s (%.2f×)", baseline, base, value / base));
    }
    List<Double> floor = seconds.get("jvm");
    if (floor != null) {
      absolute.append(String.format(Locale.ROOT, "; bare JVM floor %.3f s", Stats.median(floor)));
    }
    List<Double> guice = seconds.get("guice");
    if (guice != null) {
      absolute.append(String.format(Locale.ROOT, "; SLF4J + Guice floor (`guice`) %.3f s", Stats.median(guice)));
    }
    absolute.append(String.format(Locale.ROOT, "; median of %d", ours.size()));
    return new Row(SECTION, comparison, goal, value, Stats.relativeSpread(ours), absolute.toString());
  }
}
