package io.tidings.benchmarks.jmh;

import java.util.Objects;

/** Set-up checks: a comparison between two codecs means nothing unless they agree on the data. */
final class Agreement {
  private Agreement() {}

  /** Throws if {@code actual} differs from {@code expected}, naming the payload type. */
  static void check(String type, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      throw new IllegalStateException(
          "the codecs disagree on " + type + ": expected " + expected + " but read " + actual
              + "; fix the generated codec (or the baseline's configuration) before comparing speed");
    }
  }
}
