package io.tidings.benchmarks.kafka;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * The warm-up of an end-to-end run, the same rule for every variant: at least the warm-up records
 * the suite asks for, then further steps of a fifth of that until the JIT compiler was busy less
 * than 5 % of the time over a window of at least half a second, at most five times the minimum in
 * all. A fixed count is not enough on two shared cores: after 50,000 records the compiler threads
 * still used as much CPU as the client itself during the measured part, which penalises whichever
 * variant has more code to compile. One instance per run; not thread-safe (the publishing thread or
 * the one handler thread uses it).
 */
final class WarmUp {
  /** The share of a step's wall time the JIT may spend compiling for the step to count as quiet. */
  static final double QUIET = 0.05;
  /** The longest warm-up, as a multiple of the minimum. */
  static final int MAX_FACTOR = 5;
  /** The shortest window the JIT's activity is judged over (a step is a few dozen ms when fast). */
  static final long WINDOW_NANOS = 500_000_000L;

  private static volatile long used = -1;

  private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
  private final long minimum;
  private final long step;
  private long windowNanos;
  private long windowCompileMillis = -1;

  WarmUp(long minimum) {
    this.minimum = minimum;
    this.step = Math.max(1_000, minimum / 5);
  }

  /** The records of one step after the minimum. */
  long step() {
    return step;
  }

  /**
   * Called after the minimum and after each step: whether the run is warm, that is the JIT compiled
   * for at most {@link #QUIET} of a window of at least {@link #WINDOW_NANOS} that ended now, or the
   * warm-up of {@code done} records reached its maximum. The first call opens the first window; a
   * call before the window is long enough lets it grow.
   */
  boolean warm(long done) {
    if (done >= minimum * MAX_FACTOR) {
      return true;
    }
    long now = System.nanoTime();
    long compiled = compileMillis();
    if (compiled < 0) {
      return true; // no way to tell: the minimum must do
    }
    if (windowCompileMillis < 0) {
      windowNanos = now;
      windowCompileMillis = compiled;
      return false;
    }
    if (now - windowNanos < WINDOW_NANOS) {
      return false;
    }
    boolean quiet = compiled - windowCompileMillis <= QUIET * (now - windowNanos) / 1e6;
    windowNanos = now;
    windowCompileMillis = compiled;
    return quiet;
  }

  /** Records that the run warmed up with {@code records} records. */
  static void used(long records) {
    used = records;
  }

  /** The warm-up records of this JVM's run, or -1 before the measured part started. */
  static long used() {
    return used;
  }

  private long compileMillis() {
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
  }

  /** Sends {@code count} records starting at the {@code from}-th, each acknowledged through {@code acks}. */
  interface Sender {
    void send(Acks acks, int from, int count);
  }

  /**
   * Runs a publishing variant: the warm-up, then {@code records} measured sends; returns the
   * nanoseconds from the first measured send to the last acknowledgement.
   */
  static long publish(int warmup, int records, Sender sender) {
    Acks acks = new Acks();
    WarmUp rule = new WarmUp(warmup);
    sender.send(acks, 0, warmup);
    acks.await(warmup);
    int done = warmup;
    while (!rule.warm(done)) {
      sender.send(acks, done, (int) rule.step());
      done += (int) rule.step();
      acks.await(done);
    }
    used(done);
    Cpu.start();
    long start = System.nanoTime();
    sender.send(acks, done, records);
    acks.await((long) done + records);
    long elapsed = System.nanoTime() - start;
    Cpu.stop();
    return elapsed;
  }
}
