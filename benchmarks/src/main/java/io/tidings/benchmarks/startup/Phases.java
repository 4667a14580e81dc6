package io.tidings.benchmarks.startup;

import java.util.Locale;

/** Writes a child's phase times to standard error (its log), after the measurement. */
final class Phases {
  private Phases() {}

  /**
   * Prints one line: each phase's name and milliseconds since the previous mark, starting at {@code
   * entered} ({@link System#nanoTime()} when the probe's {@code main} began).
   *
   * @param marks alternately a phase name ({@link String}) and the {@code nanoTime} it ended ({@link Long})
   */
  static void print(long entered, Object... marks) {
    StringBuilder line = new StringBuilder("PHASES");
    long previous = entered;
    for (int i = 0; i < marks.length; i += 2) {
      long at = (Long) marks[i + 1];
      line.append(String.format(Locale.ROOT, " | %s %.1f ms", marks[i], (at - previous) / 1e6));
      previous = at;
    }
    line.append(String.format(Locale.ROOT, " | main → first delivery %.1f ms", (previous - entered) / 1e6));
    System.err.println(line);
  }
}
