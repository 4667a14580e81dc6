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

  static final String AVRO = """
      JMH, throughput (higher is better; the ratio is generated ÷ baseline). The generated Avro codec
      (found through the generated registrations, as the runtime finds it) against Avro 1.12.1's
      `SpecificDatumWriter/Reader` on classes avro-maven-plugin generates from
      `benchmarks/src/main/avro/*.avsc` (`stringType` String) and `ReflectDatumWriter/Reader` on plain
      classes with the same fields (Avro's reflection cannot build Java records; it orders fields by name,
      so the payloads declare theirs in name order). The Tidings payloads name the same `.avsc` with
      `@AvroSchema`, so the processor checks them against it at compile time. Every variant writes plain
      Avro binary (no header, no framing; a Tidings publisher sends the schema fingerprint in a Kafka
      header, outside the value); set-up checks that the schemas' fingerprints match, that all three write
      identical bytes and that each reads what the others wrote. The baselines create their writer and
      reader once and reuse the buffered `BinaryEncoder` (`EncoderFactory.binaryEncoder`), the
      `BinaryDecoder` and the output buffer across calls, as Avro recommends; like the generated codec,
      each encode returns a new `byte[]` and each decode a new object (no datum reuse). Encoders encode the
      same values; decoders decode the same bytes (Specific's output). Results are consumed by JMH's
      Blackhole (returned from the benchmark method).
      Sources: `benchmarks/src/main/java/io/tidings/benchmarks/jmh/AvroBenchmark.java`.
      """;

  static final String DISPATCH = """
      JMH, average time per record (lower is better). A generated dispatcher's only entry point takes a
      raw `Delivery` and decodes it, so the goal rows compare **decode + dispatch** for every variant: each
      decodes the key and the payload with the same generated codec and calls the same handler method
      (`DispatchTarget.on`). `Method` and `MethodHandle` are resolved once in set-up, as a framework caches
      them (the handle is held in a field, not a constant, as a framework holds one per listener). The
      "call on a decoded payload" rows show the bare call cost that generated code avoids; the overhead
      row subtracts the decode alone and is a noisy difference of two figures. The "reflection-based
      peer" row compares the whole generated path with what a framework built on reflection does per
      record at the least: decode with a databind `ObjectReader` created once, then `Method.invoke`.
      Sources: `benchmarks/src/main/java/io/tidings/benchmarks/jmh/DispatchBenchmark.java`.
      """;

  static final String MEMORY = """
      JMH, messages per second (higher is better). One operation publishes 10,000 small events with the
      generated async publisher through Guice + `TidingsModule` + `MemoryModule` (encode key and payload,
      append to the partition log, acknowledge, deliver on the broker's thread, decode, dispatch) and
      waits until the handler saw them all. Two baselines hand the same 10,000 events from the
      publishing thread to one consumer thread over an `ArrayBlockingQueue(1024)`: the payload objects
      themselves (no encoding at all: the least a two-thread hand-over costs; the issue's goal), and the
      key and payload encoded by the same generated codec on the publishing thread and decoded on the
      consumer thread (the codec work the broker does on purpose, so tests catch encoding bugs as on
      Kafka, and nothing else). The second has no goal: it does a subset of the broker's work on the
      same two threads, so a ratio near 1 means the broker costs little beyond the codec; it is not a
      floor in time (the queue parks and wakes per element where the broker hands over runs). All three handlers call the same sink. The broker keeps the newest 10,000
      records of the partition once handled (`new MemoryBroker(pause, 10_000)`) instead of every
      record: about 380 bytes each would not fit a 1 GB heap over millions of messages, and every
      young GC would copy them. Only this benchmark's generated topic and consumer are registered
      (the module holds other scenarios').
      Sources: `benchmarks/src/main/java/io/tidings/benchmarks/jmh/MemoryBrokerBenchmark.java`.
      """;

  static final String COMPILE = """
      javac in the harness's JVM through `javax.tools`, over 200 generated topic interfaces, each with two
      payload records and a consumer class (800 sources written to a temporary directory), `--release 17`,
      with the Tidings processor (`-proc:full`) and without (`-proc:none`), rotated after warm-up
      compilations; median of the rounds; the ratio is with ÷ without (lower is better). A third kind
      compiles the inputs plus the sources the processor generated (saved from one run) with
      `-proc:none`: it splits the cost into compiling the generated code and the processor's own work
      (analysis, JavaPoet, the Filer, the extra round). The processor's
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
      The harness launches a child JVM (same class path and flags for every variant) and stops its clock
      when the child prints that its handler got the first message: Guice + `Tidings.start()` + one
      publish + its handler. Absolute goals; the baselines give context: a JVM that prints at once (the
      floor), a message handed between two threads, the same after SLF4J and a Guice injector that builds
      one object (`guice`: what any Guice application pays), raw Kafka producer + consumer (group
      `bench-startup-raw`). The raw clients and Tidings use the same broker, topic and client defaults
      that matter here (acks=all with idempotence, linger 5 ms, earliest offset, an existing group with
      committed offsets, broker `group.initial.rebalance.delay.ms=0`); Tidings also checks its topics
      with the Admin client, as it does at every start. Each Tidings child logs its phase times
      (`PHASES` line in `<work>/startup/*.log`). Median of the rounds, variants alternated.
      Sources: `benchmarks/src/main/java/io/tidings/benchmarks/startup/`.
      """;

  private Notes() {}
}
