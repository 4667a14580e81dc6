package io.tidings.benchmarks;

/** How each section measures, printed above its table in BENCHMARKS.md. */
final class Notes {
  static final String CODEC = """
      JMH, throughput (higher is better; the ratio is generated ÷ baseline). Each codec encodes the same
      payload object and decodes the same bytes (databind's output); set-up checks that every codec reads
      what the others wrote. Databind uses an `ObjectReader`/`ObjectWriter` created once for the type;
      Blackbird is the same plus `jackson-module-blackbird` (version from the jackson-bom). Results are
      consumed by JMH's Blackhole (returned from the benchmark method).
      Sources: `benchmarks/src/main/java/io/tidings/benchmarks/jmh/CodecBenchmark.java`.
      """;

  static final String DISPATCH = """
      JMH, average time per record (lower is better). A generated dispatcher's only entry point takes a
      raw `Delivery` and decodes it, so the goal rows compare **decode + dispatch** for every variant: each
      decodes the key and the payload with the same generated codec and calls the same handler method
      (`DispatchTarget.on`). `Method` and `MethodHandle` are resolved once in set-up, as a framework caches
      them (the handle is held in a field, not a constant, as a framework holds one per listener). The
      "call on a decoded payload" rows show the bare call cost that generated code avoids; the overhead
      row subtracts the decode alone and is a noisy difference of two figures.
      Sources: `benchmarks/src/main/java/io/tidings/benchmarks/jmh/DispatchBenchmark.java`.
      """;

  static final String MEMORY = """
      JMH, messages per second (higher is better). One operation publishes 10,000 small events with the
      generated async publisher through Guice + `TidingsModule` + `MemoryModule` (encode, store, deliver
      on the broker's thread, decode, dispatch) and waits until the handler saw them all; the baseline
      hands the same payload objects to a consumer thread over an `ArrayBlockingQueue(1024)` (no
      encoding at all: the least a two-thread hand-over costs). Both handlers call the same sink. Only
      this benchmark's generated topic and consumer are registered (the module holds other scenarios').
      Sources: `benchmarks/src/main/java/io/tidings/benchmarks/jmh/MemoryBrokerBenchmark.java`.
      """;

  static final String COMPILE = """
      javac in the harness's JVM through `javax.tools`, over 200 generated topic interfaces, each with two
      payload records and a consumer class (800 sources written to a temporary directory), `--release 17`,
      with the Tidings processor (`-proc:full`) and without (`-proc:none`), alternated after warm-up
      compilations; median of the rounds; the ratio is with ÷ without (lower is better). The processor's
      classes are loaded once in the harness's JVM (instances handed to the compilation task), so after
      warm-up both javac and the processor run JIT-compiled code — the steady state of a build daemon;
      a cold `mvn compile` pays class loading and JIT warm-up for both on top.
      Sources: `benchmarks/src/main/java/io/tidings/benchmarks/compile/CompileTime.java`.
      """;

  static final String KAFKA = """
      A harness, not JMH. One standalone KRaft broker (kafka_2.13, same version as kafka-clients) in a
      separate process on free loopback ports, stopped by its PID at the end. Every run is a fresh child
      JVM with the same flags; it sends (or reads) a warm-up first and times only the rest. The warm-up
      is the same rule for every variant: at least the mode's warm-up records, then more until the JIT
      compiler was busy less than 5 % of a window of at least 0.5 s, at most five times the minimum (a
      fixed 50,000 left the compiler threads using as much CPU as the client during the measured part).
      Records are readings of about 100 bytes of JSON, keyed by sensor id, on 1-partition topics, every
      variant cycling through the same 1,024 payload objects and sending the headers a Tidings publisher
      writes (`tidings-type` and a 32-hex-digit `tidings-correlation-id`, made per record by every
      encoding variant, made before the clock starts by the pre-encoded one), so the bytes on the wire
      are alike. Producers: acks=all, linger.ms=5, batch.size=65536, idempotence at the client default
      (on). Consumers: fetch sizes and max.poll.records (500) at the client defaults for all; the raw
      loop commits with the client's auto-commit (every 5 s, the usual hand-written choice, safe here
      as each record is handled before the next poll), Tidings commits handled offsets asynchronously
      at most every 500 ms, Spring's default container commits after each poll's records. Publish rate
      = records ÷ time until the last acknowledgement; consume rate = records ÷ time between the last
      warm-up record handled and the last record handled; the consumer group is deleted before every
      consume run so each variant reads the same records. Client CPU and allocation per record in the
      rates rows: the child JVM's process CPU time (JIT and GC threads included) and the bytes its Java
      threads allocated, over the measured part, and the broker process's CPU time over the same part;
      on two cores shared with the broker, client CPU is what a variant costs. Variants run alternated (the order rotates each round); figures are
      medians; ± is half the min–max spread. Spring variants use spring-kafka with kafka-clients pinned
      to the same version, a `KafkaTemplate` and a `@KafkaListener` in an `@EnableKafka` context,
      default container settings, serializing with the same jackson-databind reader/writer as the
      hand-written variants.
      Sources: `benchmarks/src/main/java/io/tidings/benchmarks/kafka/`.
      """;

  static final String STARTUP = """
      The harness launches a child JVM (same class path and flags) and stops its clock when the child
      prints that its handler got the first message: Guice + `Tidings.start()` + one publish + its
      handler. Absolute goals; the baselines give context: a JVM that prints at once (the floor), a
      message handed between two threads, raw Kafka producer + consumer (group `bench-startup-raw`).
      Median of the rounds, variants alternated.
      Sources: `benchmarks/src/main/java/io/tidings/benchmarks/startup/`.
      """;

  private Notes() {}
}
