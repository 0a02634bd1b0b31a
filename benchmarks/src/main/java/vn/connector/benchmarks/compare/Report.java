package vn.connector.benchmarks.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes {@code comparison.txt}: a table per operation, then one {@code TARGET} line per target of
 * issue 16 with the measured figure and PASS or FAIL, in a fixed form that tests and scripts parse:
 * {@code TARGET <name> <measured> <comparison> <limit> PASS|FAIL}.
 */
final class Report {

  private Report() {}

  static Path write(Settings settings, Results r) throws IOException {
    StringBuilder b = new StringBuilder(16 * 1024);
    header(b, settings, r);
    for (Stats.Operation op : r.operations) {
      table(b, op);
    }
    extras(b, r);
    b.append("\n## Targets (issue 16), read at ")
        .append(settings.targetCallers())
        .append(" callers\n");
    StringBuilder targets = new StringBuilder();
    Targets.append(targets, settings, r);
    b.append(targets);
    Path file = settings.out().resolve("comparison.txt");
    Files.writeString(file, b, StandardCharsets.UTF_8);
    Summary.write(settings, r, targets.toString());
    if (settings.charts()) {
      Charts.write(settings.out(), r);
    }
    return file;
  }

  /**
   * The operation tables alone, for a partial run ({@code -Dbench.only}, {@code
   * -Dbench.extras=false}): printed, never written over the published results.
   */
  static String tables(Settings settings, Results r) {
    StringBuilder b = new StringBuilder(8 * 1024);
    header(b, settings, r);
    for (Stats.Operation op : r.operations) {
      table(b, op);
    }
    return b.toString();
  }

  private static void header(StringBuilder b, Settings s, Results r) {
    b.append("# SDK vs hand-written clients (vn.connector.benchmarks.compare.Comparison)\n");
    b.append("started ").append(r.started).append('\n');
    b.append("machine: ").append(Machine.describe()).append('\n');
    b.append("load average before: ").append(r.loadBefore).append(", after: ").append(r.loadAfter);
    b.append(
        " (the machine is shared; rounds interleave SDK and hand-written so load hits both)\n");
    b.append(
        f(
            "rounds %d (%d at %d callers) x %.1f s per side and caller count, warm-up %.1f s per"
                + " side, pool %d, callers %s%n",
            s.rounds(),
            s.roundsAt(s.targetCallers()),
            s.targetCallers(),
            s.phase().toMillis() / 1e3,
            s.warmup().toMillis() / 1e3,
            s.pool(),
            s.callers()));
    b.append("stub: separate JVM on 127.0.0.1, pre-built answers (secured: signed per answer)\n");
    b.append(
        "figures are medians over rounds; ratios are medians of the per-round SDK/hand ratios\n");
    b.append(
        "CPU = harness process CPU time / calls (GC and JIT included); thread CPU = callers' own\n");
  }

  private static void table(StringBuilder b, Stats.Operation op) {
    b.append("\n## ")
        .append(op.scenario().id())
        .append(": ")
        .append(op.scenario().title())
        .append('\n');
    b.append(
        "callers |   SDK/s |  hand/s | ratio | SDK p50/p99 ms | hand p50/p99 ms | SDK CPU us |"
            + " hand CPU us | CPU ratio | SDK thr us | hand thr us | SDK KB | hand KB\n");
    b.append(
        op.requestDifference() == null
            ? "request: the same bytes from both clients (ids, timestamps and values computed"
                + " from them masked)\n"
            : "request DIFFERS:\n" + op.requestDifference() + "\n");
    for (Stats.Row row : op.rows()) {
      Stats s = row.sdk();
      Stats h = row.baseline();
      b.append(
          f(
              "%7d | %7.0f | %7.0f | %5.2f | %6.2f / %6.2f | %6.2f / %6.2f  | %10.1f | %11.1f |"
                  + " %9.2f | %10.1f | %11.1f | %6.1f | %7.1f%n",
              row.callers(),
              s.throughput(),
              h.throughput(),
              row.throughputRatio(),
              s.p50Millis(),
              s.p99Millis(),
              h.p50Millis(),
              h.p99Millis(),
              s.cpuMicros(),
              h.cpuMicros(),
              row.cpuRatio(),
              s.threadCpuMicros(),
              h.threadCpuMicros(),
              s.allocBytes() / 1024,
              h.allocBytes() / 1024));
    }
  }

  private static void extras(StringBuilder b, Results r) {
    b.append("\n## Secured profile: crypto alone\n");
    b.append(
        f(
            "sign request + verify answer, SDK profile: %.1f us process CPU each at %d callers"
                + " (median of the rounds below, the bound the target reads); %.1f us thread CPU on"
                + " one thread%n",
            r.crypto.signAndVerifyMicros(), r.crypto.callers(), r.crypto.oneThreadMicros()));
    b.append(
        "rounds at the same callers, order rotating: SDK secured find, SDK plain mutual-TLS find,"
            + " crypto alone (process CPU us per call)\n");
    b.append("round | secured | plain | crypto | (secured - plain) / crypto\n");
    for (int i = 0; i < r.crypto.rounds().size(); i++) {
      Results.CryptoRound round = r.crypto.rounds().get(i);
      b.append(
          f(
              "%5d | %7.1f | %5.1f | %6.1f | %.3f%n",
              i + 1,
              round.securedMicros(),
              round.plainMicros(),
              round.cryptoMicros(),
              round.ratio()));
    }
    b.append("\n## TLS handshakes under mutual TLS (counted by the stub)\n");
    b.append(
        f(
            "%,d calls at %d callers, pool %d: SDK %d handshakes, hand-written %d%n",
            r.handshakes.calls(),
            r.handshakes.pool(),
            r.handshakes.pool(),
            r.handshakes.sdk(),
            r.handshakes.baseline()));
    b.append("\n## Cold start to the first verification (fresh JVM each, direct SOAP)\n");
    b.append(
        f(
            "median of %d: SDK %.0f ms (%d classes loaded), hand-written %.0f ms (%d classes)%n",
            r.cold.runs(),
            r.cold.sdkMillis(),
            r.cold.sdkClasses(),
            r.cold.baselineMillis(),
            r.cold.baselineClasses()));
    Results.Bulk k = r.bulk;
    b.append("\n## Bulk verification (SDK runCsv, fresh JVM, 32 workers, direct SOAP)\n");
    b.append(
        f(
            "%,d rows%s: %,d done, %,d failed, %.1f s, %.0f rows/s overall; cold (first 10 s%s)"
                + " %.0f/s, warm (%s) %.0f/s; live heap max %.1f MiB%n",
            k.rows(),
            k.stopped() ? " (STOPPED at the time cap)" : "",
            k.done(),
            k.failed(),
            k.seconds(),
            k.done() / k.seconds(),
            k.warmUpRows() > 0
                ? f(" of the fresh JVM's warm-up run of %,d rows", k.warmUpRows())
                : "",
            k.coldRate(),
            k.warmUpRows() > 0 ? "this run, after the warm-up" : "second half",
            k.warmRate(),
            k.maxHeap() / 1048576.0));
    if (!k.warmUpSamples().isEmpty()) {
      samples(b, "warm-up run", k.warmUpSamples());
    }
    samples(b, "measured run", k.samples());
  }

  private static void samples(StringBuilder b, String run, java.util.List<Results.Sample> samples) {
    b.append("  ").append(run).append(":\n");
    b.append("  seconds       done   heap live MiB\n");
    for (Results.Sample s : samples) {
      b.append(f("  %7.1f %10d %10.1f%n", s.seconds(), s.done(), s.heapBytes() / 1048576.0));
    }
  }

  static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
