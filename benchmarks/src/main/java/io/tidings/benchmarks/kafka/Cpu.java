package io.tidings.benchmarks.kafka;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU time a child JVM spends in the measured part of a run: the whole process and each thread,
 * grouped by name with the digits taken out, and the bytes the Java threads allocated. On Linux the threads come from {@code /proc/self/task},
 * so the JIT compiler and garbage collector threads are counted too (10 ms resolution per thread);
 * elsewhere only Java threads are listed. On a machine whose cores the client shares with the broker,
 * client CPU per record is what a variant costs, and a busy machine affects it far less than a rate.
 * {@link #start} and {@link #stop} are called once each, outside the timed part where possible;
 * thread-safe.
 */
final class Cpu {
  private static final Path TASKS = Path.of("/proc/self/task");
  /** Linux reports thread CPU time in clock ticks, 100 per second on every mainstream kernel. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private static volatile Snapshot atStart;
  private static volatile long brokerPid = -1;
  private static volatile long brokerNanos = -1;
  private static volatile long processNanos = -1;
  private static volatile long allocatedBytes = -1;
  private static volatile String breakdown = "not measured";

  private Cpu() {}

  /** Also measures the CPU time of the broker process {@code pid} (Linux only). */
  static void watchBroker(long pid) {
    brokerPid = pid;
  }

  /** Marks the start of the measured part. */
  static void start() {
    atStart = Snapshot.take();
  }

  /** Marks the end of the measured part. */
  static void stop() {
    Snapshot end = Snapshot.take();
    Snapshot start = atStart;
    if (start == null) {
      return;
    }
    processNanos = start.process < 0 || end.process < 0 ? -1 : end.process - start.process;
    brokerNanos = start.broker < 0 || end.broker < 0 ? -1 : end.broker - start.broker;
    long allocated = 0;
    for (Map.Entry<Long, Long> thread : end.allocated.entrySet()) {
      allocated += thread.getValue() - start.allocated.getOrDefault(thread.getKey(), 0L);
    }
    allocatedBytes = end.allocated.isEmpty() ? -1 : allocated;
    Map<String, Long> byName = new HashMap<>();
    end.threads.forEach((id, thread) -> {
      ThreadTime before = start.threads.get(id);
      long nanos = thread.nanos - (before == null ? 0 : before.nanos);
      byName.merge(thread.name.replaceAll("[0-9]+", "N"), nanos, Long::sum);
    });
    StringBuilder text = new StringBuilder(String.format(
        Locale.ROOT, "JVM uptime %.3f–%.3f s; %d GCs taking %d ms, %d ms JIT compilation",
        start.uptime / 1e3, end.uptime / 1e3, end.collections - start.collections, end.collecting - start.collecting,
        end.compiling - start.compiling));
    List<Map.Entry<String, Long>> groups = new ArrayList<>(byName.entrySet());
    groups.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    for (Map.Entry<String, Long> group : groups) {
      if (group.getValue() > 0) {
        text.append(String.format(Locale.ROOT, "; %s %.0f ms", group.getKey(), group.getValue() / 1e6));
      }
    }
    breakdown = text.toString();
  }

  /** The broker's CPU nanoseconds during the measured part, or -1 if unknown. */
  static long brokerNanos() {
    return brokerNanos;
  }

  /** Process CPU nanoseconds of the measured part, or -1 if unknown. */
  static long processNanos() {
    return processNanos;
  }

  /**
   * The measured part's process CPU and allocation per record, the collections, collection and JIT
   * compilation time, and the CPU time of each thread group, on one line.
   */
  static String report(long records) {
    return String.format(
        Locale.ROOT, "process %.2f µs/record, %.0f bytes allocated/record, broker %.2f µs/record; %s", processNanos / 1e3 / records,
        allocatedBytes / (double) records, brokerNanos / 1e3 / records, breakdown);
  }

  /** Bytes the Java threads allocated in the measured part (threads that ended meanwhile not counted), or -1. */
  static long allocatedBytes() {
    return allocatedBytes;
  }

  /** One thread's name and CPU time so far. */
  private record ThreadTime(String name, long nanos) {}

  /** The process's CPU time, its threads' and the VM's counters at one moment. */
  private record Snapshot(
      long process, Map<Long, ThreadTime> threads, Map<Long, Long> allocated, long collections, long collecting, long compiling,
      long uptime, long broker) {
    static Snapshot take() {
      Map<Long, ThreadTime> threads = Files.isDirectory(TASKS) ? linuxThreads() : javaThreads();
      long collections = 0;
      long collecting = 0;
      for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
        collections += Math.max(0, collector.getCollectionCount());
        collecting += Math.max(0, collector.getCollectionTime());
      }
      CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      long compiling = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
      long process = -1;
      if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
        process = os.getProcessCpuTime();
      }
      return new Snapshot(
          process, threads, allocatedBytes(), collections, collecting, compiling, ManagementFactory.getRuntimeMXBean().getUptime(),
          brokerTime());
    }

    /** The broker process's user + system CPU time so far, or -1. */
    private static long brokerTime() {
      long pid = brokerPid;
      if (pid < 0) {
        return -1;
      }
      try {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
      } catch (IOException | RuntimeException e) {
        return -1;
      }
    }

    /** The bytes each Java thread allocated so far (empty where the JVM does not count them). */
    private static Map<Long, Long> allocatedBytes() {
      Map<Long, Long> bytes = new HashMap<>();
      if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean mx && mx.isThreadAllocatedMemoryEnabled()) {
        long[] ids = mx.getAllThreadIds();
        long[] allocated = mx.getThreadAllocatedBytes(ids);
        for (int i = 0; i < ids.length; i++) {
          if (allocated[i] >= 0) {
            bytes.put(ids[i], allocated[i]);
          }
        }
      }
      return bytes;
    }

    /** Every native thread: name from {@code comm}, user + system ticks from {@code stat}. */
    private static Map<Long, ThreadTime> linuxThreads() {
      Map<Long, ThreadTime> threads = new HashMap<>();
      try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
        for (Path task : tasks) {
          try {
            String name = Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).strip();
            String stat = Files.readString(task.resolve("stat"), StandardCharsets.UTF_8);
            // Fields after the parenthesised name: state is field 3, utime 14 and stime 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            threads.put(Long.parseLong(task.getFileName().toString()), new ThreadTime(name, ticks * NANOS_PER_TICK));
          } catch (IOException | RuntimeException e) {
            // the thread ended meanwhile
          }
        }
      } catch (IOException e) {
        return javaThreads();
      }
      return threads;
    }

    private static Map<Long, ThreadTime> javaThreads() {
      ThreadMXBean mx = ManagementFactory.getThreadMXBean();
      Map<Long, ThreadTime> threads = new HashMap<>();
      for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
        if (info != null) {
          long nanos = mx.getThreadCpuTime(info.getThreadId());
          if (nanos >= 0) {
            threads.put(info.getThreadId(), new ThreadTime(info.getThreadName(), nanos));
          }
        }
      }
      return threads;
    }
  }
}
