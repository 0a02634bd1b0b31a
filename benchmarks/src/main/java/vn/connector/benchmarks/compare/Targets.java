package vn.connector.benchmarks.compare;

/** The targets of issue 16, each checked against this run's figures. */
final class Targets {

  private Targets() {}

  static void append(StringBuilder b, Settings s, Results r) {
    int at = s.targetCallers();
    for (Stats.Operation op : r.operations) {
      Stats.Row row = op.at(at);
      line(b, op.scenario().id() + ".throughput", row.throughputRatio(), ">=", 0.90);
      line(b, op.scenario().id() + ".cpu", row.cpuRatio(), "<=", 1.15);
      line(
          b,
          op.scenario().id() + ".requestDiffers",
          op.requestDifference() == null ? 0 : 1,
          "<=",
          0);
    }
    Stats.Row secured = r.operation("find-secured").at(at);
    Stats.Row plain = r.operation("find-mtls").at(at);
    double overhead = secured.sdk().cpuMicros() - plain.sdk().cpuMicros();
    double handOverhead = secured.baseline().cpuMicros() - plain.baseline().cpuMicros();
    b.append(
        Report.f(
            "# secured profile: in the rounds beside its bound, the SDK adds %.1f us CPU per call"
                + " over plain mutual TLS, sign + verify alone cost %.1f us at %d callers (%.1f us"
                + " on one thread); in the matrix the SDK adds %.1f us (hand-written %.1f us)%n",
            r.crypto.addedMicros(),
            r.crypto.signAndVerifyMicros(),
            r.crypto.callers(),
            r.crypto.oneThreadMicros(),
            overhead,
            handOverhead));
    line(b, "secured.overCryptoBound", r.crypto.overBound(), "<=", 1.10);
    line(b, "coldStart", r.cold.sdkMillis() / r.cold.baselineMillis(), "<=", 1.30);
    double matrix = r.operation("verify-soap").at(at).sdk().throughput();
    b.append(
        Report.f(
            "# bulk: single-call bound = SDK verify-soap at %d callers beside the bulk run, %.0f/s"
                + " (%.0f/s just before it, %.0f/s just after; %.0f/s in the matrix, over %.2f of"
                + " it)%n",
            at,
            r.bulk.bound(),
            r.bulk.boundBefore(),
            r.bulk.boundAfter(),
            matrix,
            r.bulk.warmRate() / matrix));
    line(b, "bulk.warmOverSingleCall", r.bulk.warmRate() / r.bulk.bound(), ">=", 0.90);
    line(b, "bulk.liveHeapMiB", r.bulk.maxHeap() / 1048576.0, "<=", 64);
    line(b, "bulk.failedRows", r.bulk.failed(), "<=", 0);
    line(b, "bulk.rowsDone", r.bulk.done(), ">=", r.bulk.rows());
    line(b, "mtls.handshakesSdk", r.handshakes.sdk(), "<=", r.handshakes.pool());
    line(b, "mtls.handshakesHand", r.handshakes.baseline(), "<=", r.handshakes.pool());
  }

  private static void line(StringBuilder b, String name, double value, String op, double limit) {
    boolean pass = op.equals(">=") ? value >= limit : value <= limit;
    b.append(
        Report.f("TARGET %s %.3f %s %.2f %s%n", name, value, op, limit, pass ? "PASS" : "FAIL"));
  }
}
