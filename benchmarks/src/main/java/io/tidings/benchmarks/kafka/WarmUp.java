package io.tidings.benchmarks.kafka;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * The warm-up of an end-to-end run, the same rule for every variant: at least the warm-up records
 * the suite asks for, then further steps of a fifth of that until the JIT compiler was busy less
 * than 5 % of a step's time, at most five times the minimum in all. A fixed count is not enough on
 * two shared cores: after 50,000 records the compiler threads still used as much CPU as the client
 * itself during the measured part, which penalises whichever variant has more code to compile.
 * One instance per run; not thread-safe (the publishing thread or the one handler thread uses it).
 */
final class WarmUp {
  /** The share of a step's wall time the JIT may spend compiling for the step to count as quiet. */
  static final double QUIET = 0.05;
  /** The longest warm-up, as a multiple of the minimum. */
  static final int MAX_FACTOR = 5;

  private static volatile long used = -1;

  private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
  private final long minimum;
  private final long step;
  private long stepNanos;
  private long stepCompileMillis;

  WarmUp(long minimum) {
    this.minimum = minimum;
    this.step = Math.max(1_000, minimum / 5);
  }

  /** The records to send or read before the first quiet check. */
  long minimum() {
    return minimum;
  }

  /** The records of one step after the minimum. */
  long step() {
    return step;
  }

  /** Whether a warm-up of {@code done} records must stop even if the JIT is not quiet yet. */
  boolean exhausted(long done) {
    return done >= minimum * MAX_FACTOR;
  }

  /** Starts a step. */
  void beginStep() {
    stepNanos = System.nanoTime();
    stepCompileMillis = compileMillis();
  }

  /** Ends the step begun last: whether the JIT compiled for less than {@link #QUIET} of its time. */
  boolean quietStep() {
    double millis = (System.nanoTime() - stepNanos) / 1e6;
    long compiling = compileMillis() - stepCompileMillis;
    return compiling < 0 || compiling <= QUIET * millis;
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
    while (!rule.exhausted(done)) {
      rule.beginStep();
      sender.send(acks, done, (int) rule.step());
      done += (int) rule.step();
      acks.await(done);
      if (rule.quietStep()) {
        break;
      }
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
