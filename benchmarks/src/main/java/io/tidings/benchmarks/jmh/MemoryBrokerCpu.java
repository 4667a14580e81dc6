package io.tidings.benchmarks.jmh;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A companion to {@link MemoryBrokerBenchmark} for a busy machine, not part of the suite: runs its
 * variants in rounds and prints, per message, the CPU time of the publishing thread and of the
 * consumer side (the broker's delivery threads or the queue's consumer thread), the wall time and the
 * garbage collectors' time. When other processes compete for the cores, throughput measures the
 * scheduler; CPU time per thread still shows what each side costs, and the slower side bounds the
 * throughput a quiet machine reaches.
 *
 * <pre>
 * java -Xms1g -Xmx1g -cp "benchmarks/target/classes:$(cat benchmarks/target/benchmark-classpath.txt)" \
 *     io.tidings.benchmarks.jmh.MemoryBrokerCpu [rounds]
 * </pre>
 */
public final class MemoryBrokerCpu {
  private static final int OPERATIONS_PER_ROUND = 10;

  private MemoryBrokerCpu() {}

  /** One round's cost per message, in nanoseconds. */
  private record Cost(double publisher, double consumer, double wall, double gc) {}

  /** Runs every variant, alternated, {@code args[0]} rounds (7 by default) each after a warm-up; prints the medians. */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    MemoryBrokerBenchmark benchmark = new MemoryBrokerBenchmark();
    benchmark.setUp();
    try {
      List<Variant> variants = List.of(
          new Variant("tidingsMemoryBroker", benchmark::tidingsMemoryBroker),
          new Variant("arrayBlockingQueueWithCodec", benchmark::arrayBlockingQueueWithCodec),
          new Variant("arrayBlockingQueue", benchmark::arrayBlockingQueue));
      for (Variant variant : variants) {
        for (int i = 0; i < 3 * OPERATIONS_PER_ROUND; i++) {
          variant.operation.run();
        }
      }
      for (int round = 0; round < rounds; round++) {
        for (Variant variant : variants) {
          variant.costs.add(measure(variant.operation));
        }
      }
      for (Variant variant : variants) {
        variant.costs.sort(Comparator.comparingDouble(cost -> cost.publisher() + cost.consumer()));
        Cost median = variant.costs.get(variant.costs.size() / 2);
        System.out.printf(Locale.ROOT,
            "%-28s publisher %,6.0f ns/message, consumer side %,6.0f ns/message, wall %,7.0f ns/message, GC %,6.0f ns/message"
                + " (median of %d rounds of %,d messages)%n",
            variant.name, median.publisher(), median.consumer(), median.wall(), median.gc(), rounds,
            OPERATIONS_PER_ROUND * MemoryBrokerBenchmark.BATCH);
      }
    } finally {
      benchmark.tearDown();
    }
  }

  private static Cost measure(Operation operation) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] before = cpu(threads);
    long gcBefore = collectorMillis();
    long start = System.nanoTime();
    for (int i = 0; i < OPERATIONS_PER_ROUND; i++) {
      operation.run();
    }
    long wall = System.nanoTime() - start;
    long gc = collectorMillis() - gcBefore;
    long[] after = cpu(threads);
    double messages = (double) OPERATIONS_PER_ROUND * MemoryBrokerBenchmark.BATCH;
    return new Cost((after[0] - before[0]) / messages, (after[1] - before[1]) / messages, wall / messages, gc * 1e6 / messages);
  }

  /** CPU nanoseconds so far of this (the publishing) thread and of every consumer-side thread. */
  private static long[] cpu(ThreadMXBean threads) {
    long self = Thread.currentThread().getId();
    long[] cpu = new long[2];
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      String name = info.getThreadName();
      long time = Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      if (info.getThreadId() == self) {
        cpu[0] += time;
      } else if (name.startsWith("tidings-memory-") || name.endsWith("queue-consumer")) {
        cpu[1] += time;
      }
    }
    return cpu;
  }

  private static long collectorMillis() {
    long millis = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, collector.getCollectionTime());
    }
    return millis;
  }

  /** One benchmark method. */
  @FunctionalInterface
  private interface Operation {
    void run() throws Exception;
  }

  private static final class Variant {
    final String name;
    final Operation operation;
    final List<Cost> costs = new ArrayList<>();

    Variant(String name, Operation operation) {
      this.name = name;
      this.operation = operation;
    }
  }
}
