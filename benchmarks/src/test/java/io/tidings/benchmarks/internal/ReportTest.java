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

    Path analysisDir = Files.createDirectories(dir.resolve("analysis"));
    Files.writeString(analysisDir.resolve("start-up.md"), "### Why\n\nThe profile shows class loading.\n");
    Files.writeString(analysisDir.resolve("json-codec.txt"), "not an analysis: wrong extension");
    Report.write(
        file, rows, Map.of("JSON codec", "How codecs are measured."), "benchmarks/run", "quick", 12.3, "0.10, 0.20, 0.30",
        Report.analyses(analysisDir, rows));

    String text = Files.readString(file);
    assertTrue(text.contains("| JSON codec | small encode | ≥ 1.50× | 1.20× | **MISSED** |"), text);
    assertTrue(text.contains("| Start-up | memory | ≤ 0.50 s | 0.420 s | met |"), text);
    assertTrue(text.contains("not yet: Avro lands with issue 5"), text);
    assertTrue(text.contains("How codecs are measured."), text);
    assertTrue(text.contains("| command | `benchmarks/run` |"), text);
    assertTrue(text.contains("| cores (nproc) | "), text);
    assertTrue(text.contains("| CPU | "), text);
    assertTrue(text.contains("0.10, 0.20, 0.30 at the start"), text);
    int table = text.indexOf("| memory | ≤ 0.50 s | 0.420 s |");
    int why = text.indexOf("The profile shows class loading.");
    assertTrue(table > 0 && why > table, "the analysis follows its section's table: " + text);
    assertTrue(!text.contains("not an analysis"), text);
  }

  @Test
  void analysisFilesAreNamedAfterTheirSection() {
    assertEquals("in-memory-broker.md", Report.fileName("In-memory broker"));
    assertEquals("end-to-end-on-a-real-broker.md", Report.fileName("End to end on a real broker"));
    assertEquals("start-up.md", Report.fileName("Start-up"));
  }

  @Test
  void noAnalysisDirectoryMeansNoAnalyses(@TempDir Path dir) throws Exception {
    assertTrue(Report.analyses(dir.resolve("absent"), List.of(new Row("Dispatch", "c", Goal.NONE, 1, 0, ""))).isEmpty());
  }
}
