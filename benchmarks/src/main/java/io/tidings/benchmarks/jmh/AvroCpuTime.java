package io.tidings.benchmarks.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Avro codec comparisons measured in thread CPU time instead of JMH's wall-clock throughput,
 * for a machine too busy for the latter (on a shared 2-core machine a JMH fork may get a third of a
 * core during one benchmark and all of it during the next). Runs {@link AvroBenchmark}'s own
 * benchmark methods after its set-up (so the same agreement checks), warms each up, then times
 * batches of about 50 ms of CPU per variant, alternating the variants round by round (the order
 * rotates), and prints the median CPU time per operation and the ratios. Not part of the suite: a
 * tool for the analysis in {@code benchmarks/analysis/avro-codec.md}.
 *
 * <pre>
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/benchmark-classpath.txt) \
 *     io.tidings.benchmarks.jmh.AvroCpuTime [rounds]
 * </pre>
 */
public final class AvroCpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long BATCH_NANOS = 50_000_000L;
  private static volatile Object sink;

  private AvroCpuTime() {}

  /** {@code n} operations of one variant. */
  @FunctionalInterface
  private interface Batch {
    void run(AvroBenchmark benchmark, int n) throws Exception;
  }

  /** Prints the median CPU time per operation of every variant and the ratios. */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    AvroBenchmark benchmark = new AvroBenchmark();
    benchmark.setUp();
    // one loop per variant, so each call site sees one benchmark method (as in a JMH fork)
    Map<String, Batch> batches = new LinkedHashMap<>();
    batches.put("smallEncodeTidings", (b, n) -> { for (int i = 0; i < n; i++) sink = b.smallEncodeTidings(); });
    batches.put("smallEncodeSpecific", (b, n) -> { for (int i = 0; i < n; i++) sink = b.smallEncodeSpecific(); });
    batches.put("smallEncodeReflect", (b, n) -> { for (int i = 0; i < n; i++) sink = b.smallEncodeReflect(); });
    batches.put("smallDecodeTidings", (b, n) -> { for (int i = 0; i < n; i++) sink = b.smallDecodeTidings(); });
    batches.put("smallDecodeSpecific", (b, n) -> { for (int i = 0; i < n; i++) sink = b.smallDecodeSpecific(); });
    batches.put("smallDecodeReflect", (b, n) -> { for (int i = 0; i < n; i++) sink = b.smallDecodeReflect(); });
    batches.put("nestedEncodeTidings", (b, n) -> { for (int i = 0; i < n; i++) sink = b.nestedEncodeTidings(); });
    batches.put("nestedEncodeSpecific", (b, n) -> { for (int i = 0; i < n; i++) sink = b.nestedEncodeSpecific(); });
    batches.put("nestedEncodeReflect", (b, n) -> { for (int i = 0; i < n; i++) sink = b.nestedEncodeReflect(); });
    batches.put("nestedDecodeTidings", (b, n) -> { for (int i = 0; i < n; i++) sink = b.nestedDecodeTidings(); });
    batches.put("nestedDecodeSpecific", (b, n) -> { for (int i = 0; i < n; i++) sink = b.nestedDecodeSpecific(); });
    batches.put("nestedDecodeReflect", (b, n) -> { for (int i = 0; i < n; i++) sink = b.nestedDecodeReflect(); });

    Map<String, Integer> sizes = new HashMap<>();
    Map<String, List<Double>> nanos = new LinkedHashMap<>();
    for (Map.Entry<String, Batch> batch : batches.entrySet()) {
      int n = 1_000;
      for (int warmup = 0; warmup < 12; warmup++) {
        if (cpu(benchmark, batch.getValue(), n) < BATCH_NANOS) {
          n *= 2;
        }
      }
      sizes.put(batch.getKey(), n);
      nanos.put(batch.getKey(), new ArrayList<>());
    }
    List<String> order = new ArrayList<>(batches.keySet());
    for (int round = 0; round < rounds; round++) {
      Collections.rotate(order, 1);
      for (String name : order) {
        int n = sizes.get(name);
        nanos.get(name).add(cpu(benchmark, batches.get(name), n) / (double) n);
      }
    }
    Map<String, Double> median = new LinkedHashMap<>();
    for (Map.Entry<String, List<Double>> times : nanos.entrySet()) {
      List<Double> sorted = new ArrayList<>(times.getValue());
      Collections.sort(sorted);
      median.put(times.getKey(), sorted.get(sorted.size() / 2));
      System.out.printf(Locale.ROOT, "%-22s %8.1f ns/op CPU (median of %d; min %.1f, max %.1f)%n",
          times.getKey(), sorted.get(sorted.size() / 2), sorted.size(), sorted.get(0), sorted.get(sorted.size() - 1));
    }
    for (String payload : List.of("small", "nested")) {
      for (String direction : List.of("Encode", "Decode")) {
        double tidings = median.get(payload + direction + "Tidings");
        System.out.printf(Locale.ROOT, "%s %s: generated vs Specific %.2fx, vs Reflect %.2fx%n", payload,
            direction.toLowerCase(Locale.ROOT), median.get(payload + direction + "Specific") / tidings,
            median.get(payload + direction + "Reflect") / tidings);
      }
    }
  }

  private static long cpu(AvroBenchmark benchmark, Batch batch, int n) throws Exception {
    long start = THREADS.getCurrentThreadCpuTime();
    batch.run(benchmark, n);
    return THREADS.getCurrentThreadCpuTime() - start;
  }
}
