package vn.connector.benchmarks.compare;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How long and how big the run is. The defaults fit the whole comparison in under ten minutes on a
 * 2-core machine; {@code -Dquick} shrinks everything to a smoke run of a few seconds (figures then
 * mean nothing). Each value can be set with {@code -Dbench.<name>}. While working on one operation,
 * {@code -Dbench.only=find-http,verify-soap} measures only those, and {@code -Dbench.extras=false}
 * skips the crypto bound, handshakes, cold starts and bulk run; such a partial run prints its
 * tables and leaves the published results alone.
 */
record Settings(
    Path out,
    int rounds,
    Duration phase,
    Duration warmup,
    List<Integer> callers,
    int pool,
    int coldRuns,
    int bulkRows,
    int bulkWarmUpRows,
    int bulkMaxSeconds,
    int handshakeCalls,
    int cryptoIterations,
    boolean charts,
    List<String> only,
    boolean extras) {

  static Settings fromSystemProperties() {
    boolean quick = Boolean.getBoolean("quick");
    return new Settings(
        Path.of(System.getProperty("bench.out", "benchmarks/results")),
        Integer.getInteger("bench.rounds", quick ? 1 : 3),
        Duration.ofMillis(Long.getLong("bench.phaseMs", quick ? 150 : 1_500)),
        Duration.ofMillis(Long.getLong("bench.warmupMs", quick ? 150 : 3_000)),
        quick ? List.of(1, 8) : List.of(1, 8, 32),
        32,
        Integer.getInteger("bench.coldRuns", quick ? 1 : 5),
        Integer.getInteger("bench.bulkRows", quick ? 500 : 1_000_000),
        Integer.getInteger("bench.bulkWarmUpRows", quick ? 200 : 1_000_000),
        Integer.getInteger("bench.bulkMaxSeconds", quick ? 30 : 200),
        Integer.getInteger("bench.handshakeCalls", quick ? 200 : 10_000),
        Integer.getInteger("bench.cryptoIterations", quick ? 200 : 2_000),
        !Boolean.getBoolean("bench.noCharts"),
        System.getProperty("bench.only", "").isBlank()
            ? List.of()
            : List.of(System.getProperty("bench.only").split(",")),
        !"false".equals(System.getProperty("bench.extras")));
  }

  /** A run of some operations or without the extras: its results are printed, not written. */
  boolean partial() {
    return !only.isEmpty() || !extras;
  }

  /**
   * Rounds at {@code callers}: at the count the targets are read at, twice the others and at least
   * six, an even number, so that each client goes first in as many rounds as the other and one or
   * two disturbed rounds cannot decide a median (single ratios there moved by ±0.1 between runs
   * with three, and by 0.1-0.2 with four).
   */
  int roundsAt(int callers) {
    if (callers != targetCallers() || rounds < 2) {
      return rounds;
    }
    int r = Math.max(rounds * 2, 6);
    return r % 2 == 0 ? r : r + 1;
  }

  /** The caller count the targets are read at: 32, or the largest one measured. */
  int targetCallers() {
    return callers.get(callers.size() - 1);
  }
}
