package vn.connector.benchmarks.compare;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Everything one run measured, for the report and the charts. */
final class Results {

  /** Sign + verify measured alone, by the SDK's profile, microseconds of CPU per exchange. */
  /**
   * @param signAndVerifyMicros process CPU per sign + verify at {@code callers} callers
   * @param oneThreadMicros thread CPU per sign + verify on one thread
   */
  record Crypto(double signAndVerifyMicros, double oneThreadMicros, int callers) {}

  /** TLS handshakes the stub counted while each client made {@code calls} calls. */
  record Handshakes(int calls, int pool, long sdk, long baseline) {}

  /** Medians of the fresh-JVM runs: time to the first verification and classes loaded. */
  record Cold(
      int runs, double sdkMillis, double baselineMillis, long sdkClasses, long baselineClasses) {}

  /** One heap and progress sample of the bulk run. */
  record Sample(double seconds, long done, long heapBytes) {}

  /** The bulk run: its samples and totals. */
  record Bulk(
      int rows, long done, long failed, double seconds, boolean stopped, List<Sample> samples) {

    /** Rows per second over the first samples, up to ten seconds in (JIT still compiling). */
    double coldRate() {
      Sample first =
          samples.stream()
              .filter(s -> s.seconds() >= 10)
              .findFirst()
              .orElse(
                  samples.isEmpty()
                      ? new Sample(seconds, done, 0)
                      : samples.get(samples.size() - 1));
      return first.done() / first.seconds();
    }

    /** Rows per second over the second half of the run. */
    double warmRate() {
      if (samples.size() < 3) {
        return done / seconds;
      }
      Sample mid = samples.get(samples.size() / 2);
      Sample last = samples.get(samples.size() - 1);
      return (last.done() - mid.done()) / Math.max(1e-3, last.seconds() - mid.seconds());
    }

    long maxHeap() {
      return samples.stream().mapToLong(Sample::heapBytes).max().orElse(0);
    }
  }

  final Instant started;
  final String loadBefore;
  String loadAfter;
  final List<Stats.Operation> operations = new ArrayList<>();
  Crypto crypto;
  Handshakes handshakes;
  Cold cold;
  Bulk bulk;

  Results(Instant started, String loadBefore) {
    this.started = started;
    this.loadBefore = loadBefore;
  }

  Stats.Operation operation(String id) {
    return operations.stream().filter(o -> o.scenario().id().equals(id)).findFirst().orElseThrow();
  }
}
