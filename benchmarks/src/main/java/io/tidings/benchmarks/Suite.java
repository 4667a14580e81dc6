package io.tidings.benchmarks;

import io.tidings.benchmarks.compile.CompileTime;
import io.tidings.benchmarks.internal.ChildJvm;
import io.tidings.benchmarks.internal.Goal;
import io.tidings.benchmarks.internal.Jmh;
import io.tidings.benchmarks.internal.Report;
import io.tidings.benchmarks.internal.Row;
import io.tidings.benchmarks.internal.Stats;
import io.tidings.benchmarks.jmh.AvroBenchmark;
import io.tidings.benchmarks.jmh.CodecBenchmark;
import io.tidings.benchmarks.jmh.DispatchBenchmark;
import io.tidings.benchmarks.jmh.MemoryBrokerBenchmark;
import io.tidings.benchmarks.kafka.EndToEnd;
import io.tidings.benchmarks.kafka.KafkaBroker;
import io.tidings.benchmarks.startup.StartUp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point of {@code benchmarks/run}: runs the JMH benchmarks (codecs, dispatch, in-memory
 * broker), the compile-time harness, then starts a standalone Kafka broker for the end-to-end and
 * start-up harnesses, and writes BENCHMARKS.md. A part that fails is reported as "not measured" with
 * the reason; the others still run, so an unattended run always produces a report.
 *
 * <pre>
 * java -cp ... io.tidings.benchmarks.Suite [--smoke | --quick | --long] [--only codec,avro,dispatch,memory,compile,kafka,startup]
 *     [--out BENCHMARKS.md] [--work DIR] [--jfr]
 * </pre>
 */
public final class Suite {
  private static final Logger LOG = LoggerFactory.getLogger(Suite.class);
  private static final List<String> SECTIONS = List.of("codec", "avro", "dispatch", "memory", "compile", "kafka", "startup");

  /**
   * How much a mode measures.
   *
   * @param name the mode's name
   * @param jmh JMH settings
   * @param records end-to-end records per measured run
   * @param warmup end-to-end warm-up records per run
   * @param rounds end-to-end, start-up and compile rounds
   * @param compileWarmups unmeasured compilations of each kind
   */
  record Mode(String name, Jmh.Settings jmh, int records, int warmup, int rounds, int compileWarmups) {
    /** The mode's name and what it measures, for the report. */
    String describe() {
      return String.format(
          Locale.ROOT,
          "%s: JMH %d fork(s) × (%d warm-up + %d measured iterations of %d ms); Kafka runs of %,d records after %,d warm-up;"
              + " %d rounds of the harnesses; %d warm-up compilation(s)",
          name, jmh.forks(), jmh.warmups(), jmh.iterations(), jmh.iterationMillis(), records, warmup, rounds, compileWarmups);
    }

    static Mode of(String name) {
      return switch (name) {
        case "smoke" -> new Mode("smoke (plumbing check only: figures mean nothing)", new Jmh.Settings(1, 1, 2, 200), 20_000, 5_000, 1, 0);
        case "quick" -> new Mode("quick", new Jmh.Settings(2, 2, 2, 1_000), 200_000, 50_000, 3, 1);
        case "long" -> new Mode("long", new Jmh.Settings(3, 5, 5, 2_000), 1_000_000, 200_000, 5, 2);
        default -> throw new IllegalArgumentException("unknown mode " + name + ": use --smoke, --quick or --long");
      };
    }
  }

  private Suite() {}

  /** Parses the options, runs the chosen sections and writes the report. */
  public static void main(String[] args) throws Exception {
    Mode mode = Mode.of("quick");
    Set<String> only = new LinkedHashSet<>(SECTIONS);
    Path out = Path.of("BENCHMARKS.md");
    Path work = null;
    boolean jfr = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke", "--quick", "--long" -> mode = Mode.of(args[i].substring(2));
        case "--only" -> only = new LinkedHashSet<>(List.of(value(args, i++).split(",")));
        case "--out" -> out = Path.of(value(args, i++));
        case "--work" -> work = Path.of(value(args, i++));
        case "--jfr" -> jfr = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (!SECTIONS.containsAll(only)) {
      throw new IllegalArgumentException("--only takes some of " + SECTIONS + ", not " + only);
    }
    if (work == null) {
      work = Files.createTempDirectory("tidings-bench");
    }
    Files.createDirectories(work);
    if (jfr) {
      Path recordings = Files.createDirectories(work.resolve("jfr"));
      System.setProperty(ChildJvm.JFR_PROPERTY, recordings.toString());
      LOG.info("recording JFR profiles into {} (figures of a profiled run are not comparable)", recordings);
    }
    long start = System.nanoTime();
    String loadAtStart = Report.loadAverage();
    List<Row> rows = new ArrayList<>();
    Map<String, String> notes = new LinkedHashMap<>();
    LOG.info("mode {}, sections {}, work directory {}", mode.name(), only, work);

    if (only.contains("codec")) {
      rows.addAll(codecs(mode, notes));
    }
    if (only.contains("avro")) {
      rows.addAll(avro(mode, notes));
    }
    if (only.contains("dispatch")) {
      rows.addAll(dispatch(mode, notes));
    }
    if (only.contains("memory")) {
      rows.addAll(memory(mode, notes));
    }
    if (only.contains("compile")) {
      rows.addAll(compile(mode, work, jfr, notes));
    }
    if (only.contains("kafka") || only.contains("startup")) {
      rows.addAll(withBroker(mode, work, only, notes));
    }

    String command = System.getProperty("bench.command", "benchmarks/run");
    Path analysisDir = Path.of(System.getProperty("bench.analysis", "benchmarks/analysis"));
    Report.write(
        out, rows, notes, command, mode.describe() + "; sections: " + String.join(", ", only), (System.nanoTime() - start) / 1e9, loadAtStart,
        Report.analyses(analysisDir, rows));
    LOG.info("BENCHMARKS.md written to {}", out.toAbsolutePath());
    System.out.println("BENCHMARKS.md written to " + out.toAbsolutePath());
  }

  private static String value(String[] args, int option) {
    if (option + 1 >= args.length) {
      throw new IllegalArgumentException(args[option] + " needs a value");
    }
    return args[option + 1];
  }

  private static List<Row> compile(Mode mode, Path work, boolean jfr, Map<String, String> notes) {
    notes.put("Compile time", Notes.COMPILE);
    try {
      return CompileProfile.recordIf(jfr, () -> CompileTime.run(work, mode.compileWarmups(), mode.rounds()));
    } catch (Exception e) {
      LOG.warn("compile time failed", e);
      return List.of(Row.missing("Compile time", "javac with the processor vs without", Goal.atMost(1.30), "not measured: " + e.getMessage()));
    }
  }

  private static List<Row> withBroker(Mode mode, Path work, Set<String> only, Map<String, String> notes) {
    List<Row> rows = new ArrayList<>();
    if (only.contains("kafka")) {
      notes.put("End to end on a real broker", Notes.KAFKA);
    }
    if (only.contains("startup")) {
      notes.put("Start-up", Notes.STARTUP);
    }
    KafkaBroker broker = null;
    try {
      LOG.info("starting a standalone Kafka broker");
      broker = KafkaBroker.start(work);
      LOG.info("broker up at {} (pid {})", broker.bootstrap(), broker.pid());
    } catch (Exception e) {
      LOG.warn("the broker did not start", e);
      if (only.contains("kafka")) {
        rows.add(Row.missing("End to end on a real broker", "every comparison", Goal.NONE, "not measured: the broker did not start: " + e.getMessage()));
      }
    }
    try {
      if (only.contains("kafka") && broker != null) {
        rows.addAll(EndToEnd.run(broker, work, mode.records(), mode.warmup(), mode.rounds()));
      }
      if (only.contains("startup")) {
        rows.addAll(StartUp.run(broker, work, mode.rounds()));
      }
    } catch (Exception e) {
      LOG.warn("the broker harness failed", e);
      rows.add(Row.missing("End to end on a real broker", "remaining comparisons", Goal.NONE, "not measured: " + e.getMessage()));
    } finally {
      if (broker != null) {
        broker.close();
        LOG.info("broker stopped");
      }
    }
    return rows;
  }

  private static List<Row> codecs(Mode mode, Map<String, String> notes) {
    String section = "JSON codec";
    notes.put(section, Notes.CODEC);
    List<Row> rows = new ArrayList<>();
    Scores run = jmh(mode, "codec", CodecBenchmark.class);
    Map<String, Jmh.Score> scores = run.scores();
    String why = run.why();
    String sizes = sizes(() -> String.format(Locale.ROOT, "small %d bytes, nested %d bytes", CodecBenchmark.smallSize(), CodecBenchmark.nestedSize()));
    codecGoalRows(rows, section, scores, why,
        new Baseline("Databind", "databind", "databind", Goal.atLeast(1.5)),
        new Baseline("Blackbird", "databind + Blackbird", "databind + Blackbird", Goal.atLeast(1.3)));
    rows.add(faster(section, scores, why, "nestedEncodeStreamingFloor", "nestedEncodeBlackbird",
        "nested event encode: hand-written `JsonGenerator` calls (the floor of any generator-based codec) vs databind + Blackbird", Goal.NONE));
    rows.add(faster(section, scores, why, "nestedEncodeTidings", "nestedEncodeStreamingFloor",
        "nested event encode: generated vs the hand-written floor (1.00× = nothing left to remove in generated code)", Goal.NONE));
    rows.add(new Row(section, "payload sizes", Goal.NONE, Double.NaN, Double.NaN, sizes));
    return rows;
  }

  private static List<Row> avro(Mode mode, Map<String, String> notes) {
    String section = "Avro codec";
    notes.put(section, Notes.AVRO);
    List<Row> rows = new ArrayList<>();
    Scores run = jmh(mode, "Avro codec", AvroBenchmark.class);
    Map<String, Jmh.Score> scores = run.scores();
    String why = run.why();
    String sizes = sizes(() -> String.format(
        Locale.ROOT, "small %d bytes, nested %d bytes (Avro binary, the same for every variant)", AvroBenchmark.smallSize(), AvroBenchmark.nestedSize()));
    codecGoalRows(rows, section, scores, why,
        new Baseline("Specific", "`SpecificDatumWriter`", "`SpecificDatumReader`", Goal.atLeast(1.0)),
        new Baseline("Reflect", "`ReflectDatumWriter`", "`ReflectDatumReader`", Goal.atLeast(2.0)));
    rows.add(new Row(section, "payload sizes", Goal.NONE, Double.NaN, Double.NaN, sizes));
    return rows;
  }

  /**
   * A codec baseline of the codec sections: the suffix of its benchmark methods ({@code smallEncode<suffix>}),
   * how the rows name it when encoding and when decoding, and the goal of every row against it.
   */
  private record Baseline(String suffix, String encoder, String decoder, Goal goal) {}

  /** The goal rows of a codec section: small and nested payload × encode and decode × each baseline. */
  private static void codecGoalRows(List<Row> rows, String section, Map<String, Jmh.Score> scores, String why, Baseline... baselines) {
    for (String payload : List.of("small", "nested")) {
      for (String direction : List.of("Encode", "Decode")) {
        String prefix = payload + direction;
        String what = payload + " event " + direction.toLowerCase(Locale.ROOT) + ": generated vs ";
        for (Baseline baseline : baselines) {
          String name = direction.equals("Encode") ? baseline.encoder() : baseline.decoder();
          rows.add(faster(section, scores, why, prefix + "Tidings", prefix + baseline.suffix(), what + name, baseline.goal()));
        }
      }
    }
  }

  private static List<Row> dispatch(Mode mode, Map<String, String> notes) {
    String section = "Dispatch";
    notes.put(section, Notes.DISPATCH);
    Scores run = jmh(mode, "dispatch", DispatchBenchmark.class);
    Map<String, Jmh.Score> s = run.scores();
    String why = run.why();
    List<Row> rows = new ArrayList<>();
    rows.add(slower(section, s, why, "decodeAndDispatchGenerated", "decodeAndDispatchDirect",
        "decode + dispatch, time: generated dispatcher / hand-written direct call", Goal.atMost(1.2)));
    rows.add(slower(section, s, why, "decodeAndDispatchReflection", "decodeAndDispatchGenerated",
        "decode + dispatch, speed-up: generated dispatcher over `Method.invoke`", Goal.atLeast(3.0)));
    rows.add(slower(section, s, why, "decodeAndDispatchMethodHandle", "decodeAndDispatchGenerated",
        "decode + dispatch, speed-up: generated dispatcher over `MethodHandle.invokeExact`", Goal.NONE));
    rows.add(slower(section, s, why, "decodeAndDispatchReflectivePeer", "decodeAndDispatchGenerated",
        "decode + dispatch, speed-up: generated codec and dispatcher over a reflection-based peer (databind `ObjectReader` + `Method.invoke`)", Goal.NONE));
    rows.add(slower(section, s, why, "dispatchReflection", "dispatchDirect",
        "call on a decoded payload, time: `Method.invoke` / direct call (what the generated code avoids)", Goal.NONE));
    rows.add(slower(section, s, why, "dispatchMethodHandle", "dispatchDirect",
        "call on a decoded payload, time: `MethodHandle` / direct call", Goal.NONE));
    rows.add(overhead(section, s, why));
    return rows;
  }

  private static List<Row> memory(Mode mode, Map<String, String> notes) {
    String section = "In-memory broker";
    notes.put(section, Notes.MEMORY);
    Scores run = jmh(mode, "in-memory broker", MemoryBrokerBenchmark.class);
    Map<String, Jmh.Score> s = run.scores();
    String why = run.why();
    // one JMH operation is one message (@OperationsPerInvocation), so ops/s are messages/s
    return List.of(
        messages(faster(section, s, why, "tidingsMemoryBroker", "arrayBlockingQueue",
            "publish → handler: MemoryBroker vs `ArrayBlockingQueue` between two threads", Goal.atLeast(1.0))),
        messages(faster(section, s, why, "tidingsMemoryBroker", "arrayBlockingQueueWithCodec",
            "publish → handler: MemoryBroker vs `ArrayBlockingQueue` carrying the generated codec's bytes (encode → queue → decode)",
            Goal.NONE)));
  }

  private static Row messages(Row row) {
    return new Row(row.section(), row.comparison(), row.goal(), row.value(), row.relativeError(), row.absolute().replace("ops/s", "messages/s"));
  }

  /** A JMH section's scores by method name, or none and why (its rows then say "not measured" and why). */
  private record Scores(Map<String, Jmh.Score> scores, String why) {}

  /** Runs every benchmark of {@code benchmark}; a failure is logged and becomes the rows' reason. */
  private static Scores jmh(Mode mode, String what, Class<?> benchmark) {
    try {
      return new Scores(Jmh.run(mode.jmh(), benchmark.getName() + "\\."), "");
    } catch (Exception e) {
      LOG.warn("the {} benchmarks failed", what, e);
      return new Scores(Map.of(), reason(e));
    }
  }

  /** The payload-size text of a codec section, or why it could not be measured. */
  private static String sizes(Callable<String> sizes) {
    try {
      return sizes.call();
    } catch (Exception e) {
      LOG.warn("the payload sizes could not be measured", e);
      return "not measured: " + reason(e);
    }
  }

  /** A throughput comparison: {@code ours / theirs}. */
  private static Row faster(String section, Map<String, Jmh.Score> scores, String why, String ours, String theirs, String comparison, Goal goal) {
    Jmh.Score a = scores.get(ours);
    Jmh.Score b = scores.get(theirs);
    if (a == null || b == null) {
      return Row.missing(section, comparison, goal, "not measured: " + (why.isEmpty() ? "no score (see the run's log)" : why));
    }
    return new Row(section, comparison, goal, a.score() / b.score(), Stats.ratioError(a.relativeError(), b.relativeError()),
        String.format(Locale.ROOT, "%s vs %s %s", number(a.score()), number(b.score()), a.unit()));
  }

  /** A time comparison: {@code numerator / denominator} of average times. */
  private static Row slower(String section, Map<String, Jmh.Score> scores, String why, String numerator, String denominator, String comparison, Goal goal) {
    Jmh.Score a = scores.get(numerator);
    Jmh.Score b = scores.get(denominator);
    if (a == null || b == null) {
      return Row.missing(section, comparison, goal, "not measured: " + (why.isEmpty() ? "no score (see the run's log)" : why));
    }
    return new Row(section, comparison, goal, a.score() / b.score(), Stats.ratioError(a.relativeError(), b.relativeError()),
        String.format(Locale.ROOT, "%s vs %s %s", number(a.score()), number(b.score()), a.unit()));
  }

  /** Each variant's cost beyond decoding: {@code decodeAndDispatch* - decodeOnly}. */
  private static Row overhead(String section, Map<String, Jmh.Score> s, String why) {
    String comparison = "dispatch overhead beyond decode (decode + dispatch − decode alone)";
    Jmh.Score decode = s.get("decodeOnly");
    if (decode == null) {
      return Row.missing(section, comparison, Goal.NONE, "not measured: " + (why.isEmpty() ? "no score (see the run's log)" : why));
    }
    StringBuilder text = new StringBuilder();
    for (String variant : List.of("Generated", "Direct", "MethodHandle", "Reflection")) {
      Jmh.Score score = s.get("decodeAndDispatch" + variant);
      if (score != null) {
        text.append(text.length() == 0 ? "" : "; ")
            .append(variant.toLowerCase(Locale.ROOT)).append(' ')
            .append(String.format(Locale.ROOT, "%.1f ns", score.score() - decode.score()));
        double error = score.error() + decode.error();
        if (Double.isFinite(error)) {
          text.append(String.format(Locale.ROOT, " ± %.1f", error));
        }
      }
    }
    text.append(String.format(Locale.ROOT, " (decode alone %.1f ns)", decode.score()));
    return new Row(section, comparison, Goal.NONE, Double.NaN, Double.NaN, text.toString());
  }

  /** The root cause's message, on one line, for the report. */
  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }

  private static String number(double value) {
    return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
  }
}
