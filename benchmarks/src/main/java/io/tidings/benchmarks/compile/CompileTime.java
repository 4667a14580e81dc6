package io.tidings.benchmarks.compile;

import io.tidings.benchmarks.internal.Goal;
import io.tidings.benchmarks.internal.Row;
import io.tidings.benchmarks.internal.Stats;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compile time: javac, in this JVM through {@code javax.tools}, over {@value #TOPICS} topic
 * interfaces, each with two payload records and a consumer class (800 sources, written to a temporary
 * directory), with the Tidings processor and without ({@code -proc:none}), rotated, after warm-up
 * compilations of each; the goal's figure is the ratio of the medians. A third kind compiles the same
 * inputs plus the sources the processor generates (saved from one run) without the processor, which
 * splits the cost in two: compiling the generated code, and the processor's own work.
 */
public final class CompileTime {
  /** How many topic interfaces are generated. */
  public static final int TOPICS = 200;

  private static final Logger LOG = LoggerFactory.getLogger(CompileTime.class);
  private static final String SECTION = "Compile time";
  private static final String COMPARISON = "javac over " + TOPICS + " topics with payloads and consumers: with the processor vs without";

  private CompileTime() {}

  /** What one compilation compiles, and how. */
  private enum Kind {
    /** The inputs, with the Tidings processor: what a user's build does. */
    WITH_PROCESSOR("with the processor"),
    /** The inputs alone, {@code -proc:none}: the baseline of the goal. */
    WITHOUT_PROCESSOR("without the processor"),
    /** The inputs plus the sources the processor generated (saved from a run), {@code -proc:none}. */
    PREGENERATED("without the processor, generated sources given as inputs");

    final String text;

    Kind(String text) {
      this.text = text;
    }
  }

  /** Runs {@code warmups} unmeasured and {@code rounds} measured compilations of each kind. */
  public static List<Row> run(Path work, int warmups, int rounds) throws IOException {
    List<String> processors = tidingsProcessors();
    if (processors.isEmpty()) {
      return List.of(Row.missing(SECTION, COMPARISON, Goal.atMost(1.30), "not measured: the Tidings processor is not on the class path"));
    }
    Path sources = work.resolve("compile-sources");
    List<Path> files = writeSources(sources);
    Path out = work.resolve("compile-out");
    // one unmeasured run with the processor keeps its generated sources, which the PREGENERATED kind compiles
    compile(files, out, processors);
    Path generatedDir = work.resolve("compile-generated");
    List<Path> generated = saveGenerated(out, generatedDir);
    List<Path> inputsAndGenerated = new ArrayList<>(files);
    inputsAndGenerated.addAll(generated);

    Map<Kind, List<Double>> seconds = new EnumMap<>(Kind.class);
    Kind[] kinds = Kind.values();
    for (int i = 0; i < warmups + rounds; i++) {
      boolean measured = i >= warmups;
      // rotate which kind goes first, so none always runs on a fresher heap
      for (int k = 0; k < kinds.length; k++) {
        Kind kind = kinds[(i + k) % kinds.length];
        double time =
            switch (kind) {
              case WITH_PROCESSOR -> compile(files, out, processors);
              case WITHOUT_PROCESSOR -> compile(files, out, null);
              case PREGENERATED -> compile(inputsAndGenerated, out, null);
            };
        LOG.info("javac {}: {} s{}", kind.text, String.format(Locale.ROOT, "%.2f", time), measured ? "" : " (warm-up)");
        if (measured) {
          seconds.computeIfAbsent(kind, unused -> new ArrayList<>()).add(time);
        }
      }
    }
    List<Double> with = seconds.get(Kind.WITH_PROCESSOR);
    List<Double> without = seconds.get(Kind.WITHOUT_PROCESSOR);
    List<Double> pregenerated = seconds.get(Kind.PREGENERATED);
    double a = Stats.median(with);
    double b = Stats.median(without);
    double c = Stats.median(pregenerated);
    long inputLines = lines(files);
    long generatedLines = lines(generated);
    String runs = String.format(Locale.ROOT, "median of %d, after %d warm-up", rounds, warmups);
    return List.of(
        new Row(
            SECTION,
            COMPARISON,
            Goal.atMost(1.30),
            a / b,
            Stats.ratioError(Stats.relativeSpread(with), Stats.relativeSpread(without)),
            String.format(Locale.ROOT, "%.2f s vs %.2f s for %d sources, of which the processor generated %d more that the same javac run compiles (%s)", a, b, files.size(), generated.size(), runs)),
        new Row(
            SECTION,
            "javac over the inputs plus the sources the processor generates (written beforehand, `-proc:none`) vs the inputs alone",
            Goal.NONE,
            c / b,
            Stats.ratioError(Stats.relativeSpread(pregenerated), Stats.relativeSpread(without)),
            String.format(Locale.ROOT, "%.2f s vs %.2f s: compiling the generated code, without running the processor (%s)", c, b, runs)),
        new Row(
            SECTION,
            "the processor's own work: with the processor vs the same inputs plus its generated sources without it",
            Goal.NONE,
            a / c,
            Stats.ratioError(Stats.relativeSpread(with), Stats.relativeSpread(pregenerated)),
            String.format(Locale.ROOT, "%.2f s vs %.2f s: the processor (analysis, JavaPoet, the Filer, extra rounds) adds %.2f s (%s)", a, c, a - c, runs)),
        new Row(
            SECTION,
            "source lines javac compiles: generated ÷ written by the user",
            Goal.NONE,
            (double) generatedLines / inputLines,
            Double.NaN,
            String.format(Locale.ROOT, "%,d generated lines in %d files vs %,d input lines in %d files", generatedLines, generated.size(), inputLines, files.size())));
  }

  /** Copies the {@code .java} files the processor wrote under {@code out} to {@code target}; returns the copies. */
  private static List<Path> saveGenerated(Path out, Path target) throws IOException {
    delete(target);
    List<Path> saved = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(out)) {
      for (Path source : paths.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
        Path copy = target.resolve(out.relativize(source).toString());
        Files.createDirectories(copy.getParent());
        saved.add(Files.copy(source, copy));
      }
    }
    if (saved.isEmpty()) {
      throw new IllegalStateException("the processor generated no sources under " + out);
    }
    return saved;
  }

  private static long lines(List<Path> files) throws IOException {
    long lines = 0;
    for (Path file : files) {
      try (Stream<String> content = Files.lines(file)) {
        lines += content.count();
      }
    }
    return lines;
  }

  private static double compile(List<Path> files, Path out, List<String> processors) throws IOException {
    delete(out);
    Files.createDirectories(out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classPath = System.getProperty("java.class.path");
    List<String> options = new ArrayList<>(List.of("--release", "17", "-d", out.toString(), "-cp", classPath, "-implicit:none", "-nowarn"));
    options.add(processors == null ? "-proc:none" : "-proc:full");
    if (processors != null) {
      options.addAll(List.of("-s", out.toString()));
    }
    List<Processor> instances = processors == null ? null : instantiate(processors);
    long start = System.nanoTime();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, fileManager, diagnostics, options, null, fileManager.getJavaFileObjectsFromPaths(files));
      if (instances != null) {
        task.setProcessors(instances);
      }
      boolean ok = task.call();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (!ok) {
        String errors =
            diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .limit(5)
                .map(d -> d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("; "));
        throw new IllegalStateException("the generated sources do not compile" + (processors == null ? "" : " with the processor") + ": " + errors);
      }
      return seconds;
    }
  }

  /** Writes the sources: per topic two payload records, the topic interface and a consumer. */
  static List<Path> writeSources(Path root) throws IOException {
    delete(root);
    Path dir = Files.createDirectories(root.resolve("gen"));
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < TOPICS; i++) {
      files.add(write(dir, "Created" + i, """
          package gen;

          import java.util.List;

          /** A creation event. */
          public record Created%1$d(String id, String customer, int seats, long amountCents, boolean confirmed, List<String> tags) {}
          """.formatted(i)));
      files.add(write(dir, "Updated" + i, """
          package gen;

          /** An update event. */
          public record Updated%1$d(String id, int seats, double score, String note) {}
          """.formatted(i)));
      files.add(write(dir, "Topic" + i, """
          package gen;

          import io.tidings.annotations.Header;
          import io.tidings.annotations.Key;
          import io.tidings.annotations.Topic;
          import io.tidings.runtime.Receipt;
          import java.util.concurrent.CompletionStage;

          /** Topic %1$d. */
          @Topic(name = "gen.topic%1$d", partitions = 3)
          public interface Topic%1$d {
            void created(@Key String id, Created%1$d event);

            CompletionStage<Receipt> updated(@Key String id, Updated%1$d event, @Header("reason") String reason);
          }
          """.formatted(i)));
      files.add(write(dir, "Consumer" + i, """
          package gen;

          import io.tidings.annotations.Consumes;
          import io.tidings.annotations.Header;
          import io.tidings.annotations.Key;
          import io.tidings.runtime.Metadata;

          /** Consumer %1$d. */
          public final class Consumer%1$d {
            private long seen;

            @Consumes(topic = Topic%1$d.class, group = "group%1$d")
            public void on(Created%1$d event, @Key String id) {
              seen += event.seats();
            }

            @Consumes(topic = Topic%1$d.class, group = "group%1$d")
            public void on(Updated%1$d event, @Header("reason") String reason, Metadata meta) {
              seen += meta.offset();
            }

            public long seen() {
              return seen;
            }
          }
          """.formatted(i)));
    }
    return files;
  }

  private static Path write(Path dir, String type, String source) throws IOException {
    return Files.writeString(dir.resolve(type + ".java"), source);
  }

  /**
   * Fresh processor instances for one compilation. Their classes come from this JVM's class path and
   * are loaded once, so the processor's code is as JIT-warm as javac's own after the warm-up rounds
   * (a {@code -processorpath} would load it afresh, cold, for every compilation). Reflection here is
   * set-up, outside the timed {@code call()}.
   */
  private static List<Processor> instantiate(List<String> names) {
    List<Processor> processors = new ArrayList<>();
    for (String name : names) {
      try {
        processors.add((Processor) Class.forName(name).getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create the annotation processor " + name + ": " + e, e);
      }
    }
    return processors;
  }

  /** The Tidings processors named in the class path's processor service files. */
  static List<String> tidingsProcessors() throws IOException {
    List<String> names = new ArrayList<>();
    for (URL url : Collections.list(ClassLoader.getSystemClassLoader().getResources("META-INF/services/javax.annotation.processing.Processor"))) {
      try (InputStream in = url.openStream()) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String name = line.replaceAll("#.*", "").trim();
          if (name.startsWith("io.tidings.")) {
            names.add(name);
          }
        }
      }
    }
    return names;
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
