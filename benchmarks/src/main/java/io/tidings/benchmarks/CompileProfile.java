package io.tidings.benchmarks;

import io.tidings.benchmarks.internal.ChildJvm;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code --jfr}, a JFR recording of the compile-time section, which runs javac inside the suite's
 * own JVM (the other sections profile their JMH forks and child JVMs): dumped to {@code compile.jfr}
 * next to the other recordings when the section ends.
 */
final class CompileProfile {
  private static final Logger LOG = LoggerFactory.getLogger(CompileProfile.class);

  private CompileProfile() {}

  /** Runs {@code section}, recorded with JFR's "profile" settings if {@code jfr}; returns its result. */
  static <T> T recordIf(boolean jfr, Callable<T> section) throws Exception {
    if (!jfr) {
      return section.call();
    }
    try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
      recording.setName("tidings-compile-time");
      recording.start();
      T result = section.call();
      recording.stop();
      Path file = Path.of(System.getProperty(ChildJvm.JFR_PROPERTY)).resolve("compile.jfr");
      recording.dump(file);
      LOG.info("compile-time profile written to {}", file);
      return result;
    }
  }
}
