package vn.connector.benchmarks.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code summary.md}: the same run as {@code comparison.txt} in Markdown tables, so that
 * docs/performance.md and the README quote the harness's own figures, not retyped ones.
 */
final class Summary {

  private Summary() {}

  static Path write(Settings settings, Results r, String targets) throws IOException {
    StringBuilder b = new StringBuilder(8 * 1024);
    int at = settings.targetCallers();
    b.append(
        Report.f(
            "Run of %s; load average %s before, %s after.%n%n",
            r.started, r.loadBefore, r.loadAfter));
    b.append(
        "| Operation | callers | SDK calls/s | hand-written calls/s | SDK ÷ hand | CPU/call SDK vs hand (µs) | CPU ratio | alloc/call SDK vs hand (KB) | p50 / p99 SDK (ms) | p50 / p99 hand (ms) |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Stats.Operation op : r.operations) {
      for (Stats.Row row : op.rows()) {
        Stats s = row.sdk();
        Stats h = row.baseline();
        b.append(
            Report.f(
                "| %s | %d | %.0f | %.0f | %s | %.0f vs %.0f | %.2f | %.1f vs %.1f | %.2f / %.2f | %.2f / %.2f |%n",
                row.callers() == at ? "**" + op.scenario().id() + "**" : op.scenario().id(),
                row.callers(),
                s.throughput(),
                h.throughput(),
                row.callers() == at
                    ? Report.f("**%.2f**", row.throughputRatio())
                    : Report.f("%.2f", row.throughputRatio()),
                s.cpuMicros(),
                h.cpuMicros(),
                row.cpuRatio(),
                s.allocBytes() / 1024,
                h.allocBytes() / 1024,
                s.p50Millis(),
                s.p99Millis(),
                h.p50Millis(),
                h.p99Millis()));
      }
    }
    b.append("\n| Target | measured | limit | result |\n|---|---:|---:|---|\n");
    for (String line : targets.lines().filter(l -> l.startsWith("TARGET ")).toList()) {
      String[] p = line.split(" ");
      b.append("| ")
          .append(p[1])
          .append(" | ")
          .append(p[2])
          .append(" | ")
          .append(p[3])
          .append(' ')
          .append(p[4])
          .append(" | ")
          .append(p[5])
          .append(" |\n");
    }
    Path file = settings.out().resolve("summary.md");
    Files.writeString(file, b, StandardCharsets.UTF_8);
    return file;
  }
}
