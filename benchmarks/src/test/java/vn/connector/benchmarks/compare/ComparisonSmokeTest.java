package vn.connector.benchmarks.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole harness in tiny rounds: stub JVM, every operation on both clients (each call checks its
 * answer, so a broken baseline or SDK path fails here), the extras, the report and the charts.
 * Figures of such short rounds mean nothing, so nothing here asserts on timing.
 */
class ComparisonSmokeTest {

  @Test
  void runsEveryMeasurementAndWritesAParsableReportWithCharts(@TempDir Path out) throws Exception {
    Settings tiny =
        new Settings(
            out,
            1,
            Duration.ofMillis(40),
            Duration.ofMillis(40),
            List.of(1),
            2, // pool
            1, // cold runs
            200, // bulk rows
            100, // bulk warm-up rows
            60, // bulk time cap, seconds
            40, // handshake calls
            20, // crypto iterations
            true,
            List.of(), // every operation
            true); // and the extras

    Path file =
        Report.write(tiny, Comparison.run(tiny, new PrintStream(OutputStream.nullOutputStream())));

    String report = Files.readString(file, StandardCharsets.UTF_8);
    List<String> targets = report.lines().filter(l -> l.startsWith("TARGET ")).toList();
    assertThat(targets).hasSize(3 * Scenario.all().size() + 8);
    assertThat(targets)
        .allSatisfy(
            l -> assertThat(l).matches("TARGET \\S+ -?[0-9.]+ (>=|<=) [0-9.]+ (PASS|FAIL)"));
    assertThat(report).contains("## find-secured", "TLS handshakes", "Cold start", "Bulk");
    assertThat(report).contains("200 rows: 200 done, 0 failed", "just before it");
    assertThat(report)
        .containsPattern("\\n    1 \\| +[0-9.]+ \\| +[0-9.]+ \\| +[0-9.]+ \\| -?[0-9.]+\\n");
    assertThat(report).contains("warm-up run of 100 rows", "  warm-up run:", "  measured run:");
    for (Scenario s : Scenario.all()) {
      assertThat(out.resolve(s.id() + "-throughput.png")).isNotEmptyFile();
      assertThat(out.resolve(s.id() + "-cpu.png")).isNotEmptyFile();
    }
  }
}
