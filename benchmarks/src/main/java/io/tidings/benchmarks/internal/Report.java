package io.tidings.benchmarks.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Writes BENCHMARKS.md: the machine, the command, then one table per section with every goal. */
public final class Report {
  private Report() {}

  /**
   * Writes the report.
   *
   * @param rows every measured (or missing) row, in order
   * @param notes extra paragraphs per section (how it was measured), keyed by section
   * @param command the command that produced it
   * @param mode the suite's mode
   * @param elapsedSeconds how long the suite ran
   * @param loadAtStart {@link #loadAverage()} when the suite started
   * @param analyses hand-written profile analyses per section ({@link #analyses(Path)}), printed under the section's table
   */
  public static void write(
      Path file,
      List<Row> rows,
      Map<String, String> notes,
      String command,
      String mode,
      double elapsedSeconds,
      String loadAtStart,
      Map<String, String> analyses)
      throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Tidings benchmarks\n\n");
    md.append("Written by `benchmarks/run` — do not edit by hand. Every figure is a ratio against a baseline measured ")
        .append("in the same run, on the same machine, with the same JVM flags and payload objects. Goals are targets ")
        .append("to report against, never asserted; a missed goal says **MISSED**, and the section's \"Why\" part ")
        .append("(kept in `benchmarks/analysis/`, written from `benchmarks/run --jfr` profiles) explains it. The ± column is a rough relative spread of the ratio: from the standard ")
        .append("deviations of the JMH iterations, or from half the min–max range of the harness runs.\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| command | `").append(command).append("` |\n");
    md.append("| mode | ").append(mode).append(" |\n");
    md.append("| date | ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" |\n");
    md.append("| suite time | ").append(String.format(Locale.ROOT, "%.0f s", elapsedSeconds)).append(" |\n");
    md.append("| CPU | ").append(cpuModel()).append(" |\n");
    md.append("| cores (nproc) | ").append(Runtime.getRuntime().availableProcessors()).append(" |\n");
    md.append("| load average (1, 5, 15 min) | ").append(loadAtStart).append(" at the start, ").append(loadAverage())
        .append(" at the end").append(busy(loadAtStart) || busy(loadAverage()) ? " — above the core count: other work competed, read the figures with care" : "")
        .append(" |\n");
    md.append("| java | ").append(javaVersion().replace("\n", "<br>")).append(" |\n");
    md.append("| JVM flags | `").append(String.join(" ", ChildJvm.HEAP)).append("` for JMH forks and every child JVM |\n\n");

    Map<String, List<Row>> sections = new LinkedHashMap<>();
    for (Row row : rows) {
      sections.computeIfAbsent(row.section(), s -> new ArrayList<>()).add(row);
    }
    md.append("## Summary\n\n| section | comparison | goal | measured | verdict |\n|---|---|---|---|---|\n");
    for (Row row : rows) {
      md.append("| ").append(row.section()).append(" | ").append(row.comparison()).append(" | ").append(row.goal().text())
          .append(" | ").append(value(row)).append(" | ").append(row.verdict()).append(" |\n");
    }
    md.append('\n');
    for (Map.Entry<String, List<Row>> section : sections.entrySet()) {
      md.append("## ").append(section.getKey()).append("\n\n");
      String note = notes.get(section.getKey());
      if (note != null) {
        md.append(note.strip()).append("\n\n");
      }
      md.append("| comparison | goal | measured | ± | verdict | absolute |\n|---|---|---|---|---|---|\n");
      for (Row row : section.getValue()) {
        md.append("| ").append(row.comparison()).append(" | ").append(row.goal().text()).append(" | ").append(value(row))
            .append(" | ").append(Double.isNaN(row.relativeError()) ? "—" : String.format(Locale.ROOT, "%.0f %%", row.relativeError() * 100))
            .append(" | ").append(row.verdict()).append(" | ").append(row.absolute()).append(" |\n");
      }
      md.append('\n');
      String analysis = analyses.get(section.getKey());
      if (analysis != null) {
        md.append(analysis.strip()).append("\n\n");
      }
    }
    for (Map.Entry<String, String> note : notes.entrySet()) {
      if (!sections.containsKey(note.getKey())) {
        md.append("## ").append(note.getKey()).append("\n\n").append(note.getValue().strip()).append("\n\n");
      }
    }
    Files.writeString(file, md, StandardCharsets.UTF_8);
  }

  /**
   * The hand-written analyses in {@code dir}, keyed by section: the file for section "In-memory broker" is
   * {@code in-memory-broker.md} ({@link #fileName(String)}). They explain missed goals from JFR profiles and
   * survive every rewrite of the report. A missing directory gives none.
   */
  public static Map<String, String> analyses(Path dir, List<Row> rows) throws IOException {
    Map<String, String> analyses = new LinkedHashMap<>();
    for (Row row : rows) {
      Path file = dir.resolve(fileName(row.section()));
      if (!analyses.containsKey(row.section()) && Files.isRegularFile(file)) {
        analyses.put(row.section(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return analyses;
  }

  /** The analysis file's name for a section: lower case, every run of other characters a hyphen. */
  static String fileName(String section) {
    return section.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + ".md";
  }

  private static String value(Row row) {
    if (Double.isNaN(row.value())) {
      return "—";
    }
    return row.goal().seconds()
        ? String.format(Locale.ROOT, "%.3f s", row.value())
        : String.format(Locale.ROOT, row.value() < 0.1 ? "%.4f×" : "%.2f×", row.value());
  }

  /** The system's load averages from /proc/loadavg, or "unknown". */
  public static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static boolean busy(String load) {
    try {
      return Double.parseDouble(load.substring(0, load.indexOf(','))) > Runtime.getRuntime().availableProcessors();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The CPU model from /proc/cpuinfo, or "unknown". */
  static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      return "unknown (" + e.getMessage() + ")";
    }
    return "unknown";
  }

  /** What {@code java -version} prints for the JVM the benchmarks run on. */
  static String javaVersion() {
    try {
      Process process = new ProcessBuilder(ChildJvm.java(), "-version").redirectErrorStream(true).start();
      String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      process.waitFor(30, TimeUnit.SECONDS);
      return text;
    } catch (IOException e) {
      return System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return System.getProperty("java.vm.version");
    }
  }
}
