package io.tidings.benchmarks.kafka;

import io.tidings.benchmarks.internal.ChildJvm;
import io.tidings.benchmarks.internal.Goal;
import io.tidings.benchmarks.internal.Row;
import io.tidings.benchmarks.internal.Stats;
import io.tidings.runtime.spi.StandardHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end-to-end harness on a real broker (not JMH): every variant runs in its own fresh child JVM
 * with the same flags, publishing or consuming readings of about 100 bytes: a {@link WarmUp} of at
 * least {@code warmup} records, continued until the JIT is quiet, then {@code records} timed ones.
 * Variants run alternated (the order rotates every round) and each figure is the median of the
 * rounds. The consume topic is filled once, and the consumer
 * group is deleted before each consume run so every variant reads the same records from the start.
 */
public final class EndToEnd {
  /** The topic the publishing variants write. */
  public static final String PUBLISH_TOPIC = "bench.publish";
  /** The topic the consuming variants read. */
  public static final String CONSUME_TOPIC = "bench.consume";
  /** The consumer group of every consuming variant. */
  public static final String GROUP = "bench-consume";

  private static final Logger LOG = LoggerFactory.getLogger(EndToEnd.class);
  private static final String SECTION = "End to end on a real broker";

  private EndToEnd() {}

  /**
   * Runs the publish and consume comparisons on {@code broker}.
   *
   * @param records records per measured run
   * @param warmup the fewest records sent or read before the clock starts
   * @param rounds how many times each variant runs
   */
  public static List<Row> run(KafkaBroker broker, Path work, int records, int warmup, int rounds) throws Exception {
    broker.createTopics(List.of(PUBLISH_TOPIC, CONSUME_TOPIC, PUBLISH_TOPIC + StandardHeaders.DLQ_SUFFIX, CONSUME_TOPIC + StandardHeaders.DLQ_SUFFIX));
    Path logs = Files.createDirectories(work.resolve("end-to-end"));
    List<String> publishers = List.of("publish-tidings", "publish-raw", "publish-mapper", "publish-spring");
    Map<String, List<Double>> rates = new LinkedHashMap<>();
    Costs costs = new Costs();
    Map<String, String> failures = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (String variant : rotate(publishers, round)) {
        runOnce(broker, logs.resolve(variant + "-" + round + ".log"), variant, List.of("PublishTopic"), warmup, records, rates, costs, failures);
      }
    }
    int fill = warmup * WarmUp.MAX_FACTOR + records; // the longest warm-up, then the measured records
    LOG.info("filling {} with {} readings", CONSUME_TOPIC, fill);
    RawClients.fill(broker.bootstrap(), CONSUME_TOPIC, fill);
    List<String> consumers = List.of("consume-tidings", "consume-raw", "consume-spring");
    for (int round = 0; round < rounds; round++) {
      for (String variant : rotate(consumers, round)) {
        deleteGroup(broker);
        runOnce(broker, logs.resolve(variant + "-" + round + ".log"), variant, List.of("ConsumeTopic", "ConsumeSink"), warmup, records, rates, costs, failures);
      }
    }

    double payload = Arrays.stream(Reading.samples()).mapToInt(reading -> Json.encode(reading).length).average().orElse(0);
    String runs = String.format(
        Locale.ROOT, "median of %d runs of %,d records of %.0f bytes of JSON each, after a warm-up of %s records (≥ %,d, until the JIT was quiet)",
        rounds, records, payload, costs.warmups(), warmup);
    List<Row> rows = new ArrayList<>();
    rows.add(row(rates, failures, "publish-tidings", "publish-raw",
        "typed async publish vs raw `KafkaProducer<byte[],byte[]>` with pre-encoded bytes", Goal.atLeast(0.95), runs));
    rows.add(row(rates, failures, "publish-tidings", "publish-mapper",
        "typed async publish vs hand-written producer encoding with `ObjectMapper`", Goal.atLeast(1.0), runs));
    rows.add(row(rates, failures, "publish-tidings", "publish-spring",
        "typed async publish vs Spring `KafkaTemplate`", Goal.atLeast(1.2), runs));
    rows.add(row(rates, failures, "consume-tidings", "consume-raw",
        "consume through Tidings vs raw poll loop decoding with `ObjectMapper`", Goal.atLeast(0.95), runs));
    rows.add(row(rates, failures, "consume-tidings", "consume-spring",
        "consume through Tidings vs Spring `@KafkaListener`", Goal.atLeast(1.2), runs));
    rows.add(rates(rates, costs, failures, "publish rates of every variant", publishers, runs));
    rows.add(rates(rates, costs, failures, "consume rates of every variant", consumers, runs));
    return rows;
  }

  /** The rates of {@code variants}, each with its {@link Costs}. */
  private static Row rates(
      Map<String, List<Double>> rates, Costs costs, Map<String, String> failures, String comparison, List<String> variants,
      String runs) {
    StringBuilder text = new StringBuilder();
    for (String variant : variants) {
      List<Double> values = rates.get(variant);
      text.append(text.length() == 0 ? "" : "; ").append(variant.substring(variant.indexOf('-') + 1)).append(' ');
      text.append(values == null
          ? "failed: " + failures.getOrDefault(variant, "no result")
          : String.format(Locale.ROOT, "%,.0f records/s (%,.0f–%,.0f)", Stats.median(values), values.stream().mapToDouble(d -> d).min().orElse(0), values.stream().mapToDouble(d -> d).max().orElse(0)));
      if (values != null) {
        text.append(costs.of(variant));
      }
    }
    return new Row(SECTION, comparison, Goal.NONE, Double.NaN, Double.NaN, text + "; " + runs);
  }

  private static void runOnce(
      KafkaBroker broker, Path log, String variant, List<String> components, int warmup, int records,
      Map<String, List<Double>> rates, Costs costs, Map<String, String> failures) throws InterruptedException {
    if (failures.containsKey(variant)) {
      return; // a variant that failed once is not retried every round
    }
    try {
      List<String> command =
          ChildJvm.command(
              components, EndToEndChild.class, variant, broker.bootstrap(), Integer.toString(warmup), Integer.toString(records),
              Long.toString(broker.pid()));
      ChildJvm.Line line = ChildJvm.run(command, log, text -> text.startsWith("RESULT "), 900);
      String[] parts = line.text().split(" ");
      double perSecond = Long.parseLong(parts[1]) * 1e9 / Long.parseLong(parts[2]);
      rates.computeIfAbsent(variant, v -> new ArrayList<>()).add(perSecond);
      costs.add(variant, parts);
      LOG.info("{}: {} records/s (medians so far{})", variant, String.format(Locale.ROOT, "%,.0f", perSecond), costs.of(variant));
    } catch (Exception e) {
      LOG.warn("{} failed: {}", variant, e.getMessage());
      failures.put(variant, e.getMessage());
    }
  }

  private static Row row(
      Map<String, List<Double>> rates, Map<String, String> failures, String tidings, String baseline,
      String comparison, Goal goal, String runs) {
    List<Double> ours = rates.get(tidings);
    List<Double> theirs = rates.get(baseline);
    if (ours == null || theirs == null) {
      String failed = failures.containsKey(tidings) ? tidings : baseline;
      return Row.missing(SECTION, comparison, goal, "not measured: " + failed + " failed (see the rates row)");
    }
    double a = Stats.median(ours);
    double b = Stats.median(theirs);
    return new Row(
        SECTION,
        comparison,
        goal,
        a / b,
        Stats.ratioError(Stats.relativeSpread(ours), Stats.relativeSpread(theirs)),
        String.format(Locale.ROOT, "%,.0f vs %,.0f records/s (%s)", a, b, runs));
  }

  private static List<String> rotate(List<String> variants, int round) {
    List<String> rotated = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      rotated.add(variants.get((i + round) % variants.size()));
    }
    return rotated;
  }


  /**
   * What each run cost per record besides time, by variant: the client's CPU time and allocation
   * (the child JVM's process CPU time and its threads' allocated bytes over the measured part) and
   * the broker's CPU time over the same part, shown as medians of the runs; and the warm-ups the
   * runs used. On a machine whose cores the client shares with the broker, client CPU is what a
   * variant costs, and noise affects it less than a rate (allocation not at all). Not thread-safe.
   */
  private static final class Costs {
    private final Map<String, List<Double>> cpu = new LinkedHashMap<>();
    private final Map<String, List<Double>> allocation = new LinkedHashMap<>();
    private final Map<String, List<Double>> broker = new LinkedHashMap<>();
    private final List<Long> warmups = new ArrayList<>();

    /** Adds a run's {@code RESULT} fields (see {@link EndToEndChild}); older or shorter lines add what they have. */
    void add(String variant, String[] result) {
      double records = Long.parseLong(result[1]);
      addPerRecord(cpu, variant, result, 3, records * 1e3);
      if (result.length > 4) {
        warmups.add(Long.parseLong(result[4]));
      }
      addPerRecord(allocation, variant, result, 5, records);
      addPerRecord(broker, variant, result, 6, records * 1e3);
    }

    private static void addPerRecord(Map<String, List<Double>> into, String variant, String[] result, int field, double divisor) {
      if (result.length > field && Long.parseLong(result[field]) >= 0) {
        into.computeIfAbsent(variant, v -> new ArrayList<>()).add(Long.parseLong(result[field]) / divisor);
      }
    }

    /** The medians of {@code variant}'s costs, as {@code ", ... µs client CPU/record, ..."}, or nothing. */
    String of(String variant) {
      StringBuilder text = new StringBuilder();
      if (cpu.containsKey(variant)) {
        text.append(String.format(Locale.ROOT, ", %.2f µs client CPU/record", Stats.median(cpu.get(variant))));
      }
      if (allocation.containsKey(variant)) {
        text.append(String.format(Locale.ROOT, ", %,.0f B allocated/record", Stats.median(allocation.get(variant))));
      }
      if (broker.containsKey(variant)) {
        text.append(String.format(Locale.ROOT, ", broker %.2f µs CPU/record", Stats.median(broker.get(variant))));
      }
      return text.toString();
    }

    /** The warm-ups of the runs: one figure, a range, or {@code ?} if none reported it. */
    String warmups() {
      if (warmups.isEmpty()) {
        return "?";
      }
      long least = Collections.min(warmups);
      long most = Collections.max(warmups);
      return least == most ? String.format(Locale.ROOT, "%,d", least) : String.format(Locale.ROOT, "%,d–%,d", least, most);
    }
  }

  /** Deletes the consumer group, waiting until its last member (the previous run) has left. */
  static void deleteGroup(KafkaBroker broker) throws Exception {
    try (Admin admin = broker.admin()) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (true) {
        try {
          admin.deleteConsumerGroups(List.of(GROUP)).all().get(30, TimeUnit.SECONDS);
          return;
        } catch (ExecutionException e) {
          if (e.getCause() instanceof GroupIdNotFoundException) {
            return;
          }
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("cannot delete consumer group " + GROUP + ": " + e.getCause(), e);
          }
          Thread.sleep(500);
        }
      }
    }
  }
}
