package io.tidings.benchmarks;

import io.tidings.benchmarks.internal.ChildJvm;
import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code --jfr}, a JFR recording of the compile-time section, which runs javac inside the suite's
 * own JVM (the other sections profile their JMH forks and child JVMs): dumped to {@code compile.jfr}
 * next to the other recordings when the section ends.
 */
final class CompileProfile implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CompileProfile.class);

  private final Recording recording;

  private CompileProfile(Recording recording) {
    this.recording = recording;
  }

  /** Starts a recording with JFR's "profile" settings if {@code jfr}, else a profile that records nothing. */
  static CompileProfile startIf(boolean jfr) throws IOException, ParseException {
    if (!jfr) {
      return new CompileProfile(null);
    }
    Recording recording = new Recording(Configuration.getConfiguration("profile"));
    recording.setName("tidings-compile-time");
    recording.start();
    return new CompileProfile(recording);
  }

  @Override
  public void close() throws IOException {
    if (recording == null) {
      return;
    }
    Path file = Path.of(System.getProperty(ChildJvm.JFR_PROPERTY)).resolve("compile.jfr");
    recording.stop();
    recording.dump(file);
    recording.close();
    LOG.info("compile-time profile written to {}", file);
  }
}
