package vn.connector.benchmarks.compare;

import java.util.List;

/** The medians over rounds of one contender at one caller count. */
record Stats(
    double throughput,
    double cpuMicros,
    double threadCpuMicros,
    double allocBytes,
    double p50Millis,
    double p99Millis) {

  static Stats median(List<LoadRunner.Phase> rounds) {
    return new Stats(
        med(rounds, LoadRunner.Phase::throughput),
        med(rounds, LoadRunner.Phase::processCpuMicrosPerCall),
        med(rounds, LoadRunner.Phase::threadCpuMicrosPerCall),
        med(rounds, LoadRunner.Phase::allocatedBytesPerCall),
        med(rounds, LoadRunner.Phase::p50Millis),
        med(rounds, LoadRunner.Phase::p99Millis));
  }

  private static double med(
      List<LoadRunner.Phase> rounds, java.util.function.ToDoubleFunction<LoadRunner.Phase> f) {
    return LoadRunner.median(rounds.stream().mapToDouble(f).toArray());
  }

  /** One caller count of one operation: both sides, and the paired per-round ratios' medians. */
  record Row(int callers, Stats sdk, Stats baseline, double throughputRatio, double cpuRatio) {

    static Row of(int callers, List<LoadRunner.Phase> sdk, List<LoadRunner.Phase> baseline) {
      double[] tput = new double[sdk.size()];
      double[] cpu = new double[sdk.size()];
      for (int i = 0; i < sdk.size(); i++) {
        tput[i] = sdk.get(i).throughput() / baseline.get(i).throughput();
        cpu[i] = sdk.get(i).processCpuMicrosPerCall() / baseline.get(i).processCpuMicrosPerCall();
      }
      return new Row(
          callers, median(sdk), median(baseline), LoadRunner.median(tput), LoadRunner.median(cpu));
    }
  }

  /** All caller counts of one operation. */
  record Operation(Scenario scenario, List<Row> rows, String requestDifference) {
    Row at(int callers) {
      return rows.stream().filter(r -> r.callers() == callers).findFirst().orElseThrow();
    }
  }
}
