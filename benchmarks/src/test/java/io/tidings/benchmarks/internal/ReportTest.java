package io.tidings.benchmarks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verdicts, medians and the written report: a missed goal must say so. */
class ReportTest {

  @Test
  void verdictsFollowTheGoalsDirection() {
    assertEquals("met", new Row("s", "c", Goal.atLeast(1.5), 1.5, 0, "").verdict());
    assertEquals("**MISSED**", new Row("s", "c", Goal.atLeast(1.5), 1.49, 0, "").verdict());
    assertEquals("met", new Row("s", "c", Goal.atMost(1.2), 1.2, 0, "").verdict());
    assertEquals("**MISSED**", new Row("s", "c", Goal.atMostSeconds(0.5), 0.51, 0, "").verdict());
    assertEquals("not measured", Row.missing("s", "c", Goal.atLeast(1), "why").verdict());
    assertEquals("—", new Row("s", "c", Goal.NONE, 3, 0, "").verdict());
  }

  @Test
  void medianAndSpread() {
    assertEquals(2.0, Stats.median(List.of(3.0, 1.0, 2.0)));
    assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 2.0, 3.0)));
    assertEquals(0.5, Stats.relativeSpread(List.of(1.0, 2.0, 3.0)));
    assertEquals(0.5, Stats.ratioError(0.3, 0.4), 1e-12);
  }

  @Test
  void theReportShowsGoalsFiguresAndTheMachine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("BENCHMARKS.md");
    List<Row> rows =
        List.of(
            new Row("JSON codec", "small encode", Goal.atLeast(1.5), 1.2, 0.05, "120 vs 100 ops/ms"),
            new Row("Start-up", "memory", Goal.atMostSeconds(0.5), 0.42, 0.1, "0.420 s"),
            Row.missing("Avro codec", "Avro", Goal.NONE, "not yet: Avro lands with issue 5"));

    Report.write(file, rows, Map.of("JSON codec", "How codecs are measured."), "benchmarks/run", "quick", 12.3, "0.10, 0.20, 0.30");

    String text = Files.readString(file);
    assertTrue(text.contains("| JSON codec | small encode | ≥ 1.50× | 1.20× | **MISSED** |"), text);
    assertTrue(text.contains("| Start-up | memory | ≤ 0.50 s | 0.420 s | met |"), text);
    assertTrue(text.contains("not yet: Avro lands with issue 5"), text);
    assertTrue(text.contains("How codecs are measured."), text);
    assertTrue(text.contains("| command | `benchmarks/run` |"), text);
    assertTrue(text.contains("| cores (nproc) | "), text);
    assertTrue(text.contains("| CPU | "), text);
    assertTrue(text.contains("0.10, 0.20, 0.30 at the start"), text);
  }
}
