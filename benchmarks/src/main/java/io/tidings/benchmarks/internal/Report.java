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
   */
  public static void write(
      Path file, List<Row> rows, Map<String, String> notes, String command, String mode, double elapsedSeconds, String loadAtStart)
      throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Tidings benchmarks\n\n");
    md.append("Written by `benchmarks/run` — do not edit by hand. Every figure is a ratio against a baseline measured ")
        .append("in the same run, on the same machine, with the same JVM flags and payload objects. Goals are targets ")
        .append("to report against, never asserted; a missed goal says **MISSED** and is explained by a profile later ")
        .append("(`benchmarks/run --jfr`). The ± column is a rough relative spread of the ratio: from the standard ")
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
    }
    for (Map.Entry<String, String> note : notes.entrySet()) {
      if (!sections.containsKey(note.getKey())) {
        md.append("## ").append(note.getKey()).append("\n\n").append(note.getValue().strip()).append("\n\n");
      }
    }
    Files.writeString(file, md, StandardCharsets.UTF_8);
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
