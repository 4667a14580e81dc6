package io.tidings.benchmarks.kafka;

import java.util.Locale;

/**
 * One end-to-end run in its own JVM (started by {@link EndToEnd} through {@code Isolated}): publishes
 * or consumes readings with one variant, {@code records} of them after a {@link WarmUp} of at least
 * {@code warmup}, and prints {@code RESULT <records> <nanoseconds> <process CPU nanoseconds> <warm-up
 * records> <bytes allocated> <broker CPU nanoseconds>} for the measured part (and the CPU time per thread group to its log).
 */
public final class EndToEndChild {
  private EndToEndChild() {}

  /** {@code <variant> <bootstrap> <warmup> <records> [<broker pid>]}. */
  public static void main(String[] args) throws Exception {
    String variant = args[0];
    String bootstrap = args[1];
    int warmup = Integer.parseInt(args[2]);
    int records = Integer.parseInt(args[3]);
    if (args.length > 4) {
      Cpu.watchBroker(Long.parseLong(args[4]));
    }
    long nanos =
        switch (variant) {
          case "publish-raw" -> RawClients.publishRaw(bootstrap, warmup, records);
          case "publish-mapper" -> RawClients.publishMapper(bootstrap, warmup, records);
          case "publish-codec" -> RawClients.publishCodec(bootstrap, warmup, records);
          case "publish-spring" -> SpringClients.publish(bootstrap, warmup, records);
          case "publish-tidings" -> TidingsClients.publish(bootstrap, warmup, records);
          case "consume-raw" -> RawClients.consumeRaw(bootstrap, warmup, records);
          case "consume-spring" -> SpringClients.consume(bootstrap, warmup, records);
          case "consume-tidings" -> TidingsClients.consume(bootstrap, warmup, records);
          default -> throw new IllegalArgumentException("unknown variant " + variant);
        };
    System.err.println("CPU of the measured part: " + Cpu.report(records));
    System.err.println("warm-up: " + WarmUp.used() + " records");
    System.out.printf(
        Locale.ROOT, "RESULT %d %d %d %d %d %d%n", records, nanos, Cpu.processNanos(), WarmUp.used(), Cpu.allocatedBytes(), Cpu.brokerNanos());
    System.out.flush();
    System.exit(0);
  }
}
