package io.tidings.benchmarks.internal;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Starts a child JVM with this JVM's class path, the benchmark's heap flags and {@link Isolated} as
 * its entry point, and reads its standard output line by line; its standard error goes to a log
 * file. Every child of a comparison gets the same flags.
 */
public final class ChildJvm {
  /** The heap flags of every child (and of JMH's forks): fixed, so GC sizing is not a variable. */
  public static final List<String> HEAP = List.of("-Xms1g", "-Xmx1g");

  /**
   * The system property naming a directory for flight recordings ({@code --jfr}): when set, every
   * child JVM and JMH fork records a JFR profile there, to explain a missed goal.
   */
  public static final String JFR_PROPERTY = "bench.jfr";

  private ChildJvm() {}

  /** The result of a child run: the line that matched, and nanoseconds from launch to that line. */
  public record Line(String text, long nanosFromLaunch) {}

  /** The {@code java} launcher of this JVM. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A command line that runs {@code main} isolated with the given generated components. */
  public static List<String> command(List<String> components, Class<?> main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(HEAP);
    String jfr = System.getProperty(JFR_PROPERTY);
    if (jfr != null) {
      String name = main.getSimpleName() + (args.length > 0 ? "-" + args[0] : "") + "-" + System.nanoTime() + ".jfr";
      command.add("-XX:StartFlightRecording=settings=profile,filename=" + Path.of(jfr, name));
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Isolated.class.getName());
    command.add(components.isEmpty() ? "-" : String.join(",", components));
    command.add(main.getName());
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Runs {@code command}, waits for the first standard-output line that {@code wanted} accepts, then
   * for the process to end (at most {@code timeoutSeconds} in all).
   *
   * @throws IllegalStateException naming the log file if the child failed or never printed the line
   */
  public static Line run(List<String> command, Path log, Predicate<String> wanted, long timeoutSeconds)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long launched = System.nanoTime();
    Process process = builder.start();
    Line found = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (found == null && wanted.test(line)) {
          found = new Line(line, System.nanoTime() - launched);
        }
      }
    }
    long left = timeoutSeconds * 1_000_000_000L - (System.nanoTime() - launched);
    if (!process.waitFor(Math.max(1, left), TimeUnit.NANOSECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("child " + command.get(command.size() - 1) + " timed out; see " + log);
    }
    if (process.exitValue() != 0 || found == null) {
      throw new IllegalStateException(
          "exited with " + process.exitValue() + (found == null ? " without a result" : "") + ": " + firstError(log) + " (log " + log + ")");
    }
    return found;
  }

  /** The first line of {@code log} that names an exception, for the report. */
  static String firstError(Path log) {
    try {
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        if (line.contains("Exception") || line.contains("Error")) {
          return line.replaceFirst("^Exception in thread \"[^\"]*\" ", "").strip();
        }
      }
      return "no exception in the log";
    } catch (IOException | RuntimeException e) {
      return "log unreadable: " + e.getMessage();
    }
  }

  /** The class path entries of this JVM. */
  public static List<String> classPath() {
    return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
  }
}
