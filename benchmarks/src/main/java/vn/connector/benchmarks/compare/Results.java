package vn.connector.benchmarks.compare;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Everything one run measured, for the report and the charts. */
final class Results {

  /**
   * One round of the secured profile against its bound, process CPU per call or exchange at the
   * target's callers: the SDK's secured {@code find}, its plain mutual-TLS {@code find}, and sign +
   * verify alone.
   */
  record CryptoRound(double securedMicros, double plainMicros, double cryptoMicros) {

    /** What the secured profile adds to a call, over its crypto alone. */
    double ratio() {
      return (securedMicros - plainMicros) / cryptoMicros;
    }
  }

  /**
   * Sign + verify measured alone, by the SDK's profile, microseconds of CPU per exchange.
   *
   * @param rounds the rounds interleaved with the secured and plain calls
   * @param oneThreadMicros thread CPU per sign + verify on one thread
   */
  record Crypto(List<CryptoRound> rounds, double oneThreadMicros, int callers) {

    /** The bound: the median over rounds of sign + verify at {@code callers} callers. */
    double signAndVerifyMicros() {
      return LoadRunner.median(rounds.stream().mapToDouble(CryptoRound::cryptoMicros).toArray());
    }

    /** The median of the rounds' (secured − plain) ÷ crypto: what the target reads. */
    double overBound() {
      return LoadRunner.median(rounds.stream().mapToDouble(CryptoRound::ratio).toArray());
    }

    /** The median over rounds of what the secured profile adds to a call. */
    double addedMicros() {
      return LoadRunner.median(
          rounds.stream().mapToDouble(r -> r.securedMicros() - r.plainMicros()).toArray());
    }
  }

  /** TLS handshakes the stub counted while each client made {@code calls} calls. */
  record Handshakes(int calls, int pool, long sdk, long baseline) {}

  /** Medians of the fresh-JVM runs: time to the first verification and classes loaded. */
  record Cold(
      int runs, double sdkMillis, double baselineMillis, long sdkClasses, long baselineClasses) {}

  /** One heap and progress sample of the bulk run. */
  record Sample(double seconds, long done, long heapBytes) {}

  /**
   * The bulk run: the measured run of {@code rows}, and the warm-up run before it in the same fresh
   * JVM ({@code warmUpRows} rows, none when 0), and the single-call bound measured just before and
   * just after the fresh JVM ran (the SDK's verify-soap at the target's callers, calls/s; 0 when
   * not measured).
   */
  record Bulk(
      int rows,
      long done,
      long failed,
      double seconds,
      boolean stopped,
      List<Sample> samples,
      int warmUpRows,
      List<Sample> warmUpSamples,
      double boundBefore,
      double boundAfter) {

    /** This run with the single-call bound measured beside it. */
    Bulk withBound(double before, double after) {
      return new Bulk(
          rows, done, failed, seconds, stopped, samples, warmUpRows, warmUpSamples, before, after);
    }

    /** The single-call bound beside this run: the mean of the figures before and after it. */
    double bound() {
      return (boundBefore + boundAfter) / 2;
    }

    /**
     * Rows per second over the fresh JVM's first samples, up to ten seconds in (JIT still
     * compiling): the warm-up run's when there is one.
     */
    double coldRate() {
      List<Sample> first = warmUpSamples.isEmpty() ? samples : warmUpSamples;
      Sample at =
          first.stream()
              .filter(s -> s.seconds() >= 10)
              .findFirst()
              .orElse(first.isEmpty() ? new Sample(seconds, done, 0) : first.get(first.size() - 1));
      return at.done() / at.seconds();
    }

    /**
     * Rows per second once warm: the whole measured run after a warm-up; without one, its second
     * half.
     */
    double warmRate() {
      if (warmUpRows > 0 || samples.size() < 3) {
        return done / seconds;
      }
      Sample mid = samples.get(samples.size() / 2);
      Sample last = samples.get(samples.size() - 1);
      return (last.done() - mid.done()) / Math.max(1e-3, last.seconds() - mid.seconds());
    }

    long maxHeap() {
      return java.util.stream.Stream.concat(warmUpSamples.stream(), samples.stream())
          .mapToLong(Sample::heapBytes)
          .max()
          .orElse(0);
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
