package vn.connector.benchmarks.compare;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one call from N caller threads for a fixed time and measures what the portal pays: calls per
 * second, latency percentiles, CPU per call (the whole harness process, so GC and JIT caused by the
 * client count, and the callers' own threads alone), and bytes allocated per call by the callers.
 * The harness JVM holds nothing but the clients under test: the stub runs in its own process.
 */
final class LoadRunner {

  /** One measured phase. */
  record Phase(
      long calls,
      double seconds,
      double processCpuMicrosPerCall,
      double threadCpuMicrosPerCall,
      double allocatedBytesPerCall,
      double p50Millis,
      double p99Millis) {

    double throughput() {
      return calls / seconds;
    }
  }

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private LoadRunner() {}

  static Phase run(Contender.Call call, int callers, Duration duration) throws Exception {
    CountDownLatch ready = new CountDownLatch(callers);
    CountDownLatch go = new CountDownLatch(1);
    Worker[] workers = new Worker[callers];
    Thread[] threads = new Thread[callers];
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (int i = 0; i < callers; i++) {
      workers[i] = new Worker(call, ready, go, failure);
      threads[i] = new Thread(workers[i], "caller-" + i);
      threads[i].start();
    }
    ready.await();
    long cpu0 = OS.getProcessCpuTime();
    long t0 = System.nanoTime();
    long end = t0 + duration.toNanos();
    for (Worker w : workers) {
      w.deadline = end;
    }
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    long wall = System.nanoTime() - t0;
    long cpu = OS.getProcessCpuTime() - cpu0;
    if (failure.get() != null) {
      throw new IllegalStateException("a call failed: " + failure.get(), failure.get());
    }
    return summary(workers, wall, cpu);
  }

  private static Phase summary(Worker[] workers, long wallNanos, long cpuNanos) {
    long calls = 0;
    long threadCpu = 0;
    long allocated = 0;
    int samples = 0;
    for (Worker w : workers) {
      calls += w.calls;
      threadCpu += w.cpuNanos;
      allocated += w.allocated;
      samples += w.count;
    }
    long[] all = new long[samples];
    int at = 0;
    for (Worker w : workers) {
      System.arraycopy(w.latencies, 0, all, at, w.count);
      at += w.count;
    }
    Arrays.sort(all);
    double n = Math.max(1, calls);
    return new Phase(
        calls,
        wallNanos / 1e9,
        cpuNanos / 1e3 / n,
        threadCpu / 1e3 / n,
        allocated / n,
        percentile(all, 0.50) / 1e6,
        percentile(all, 0.99) / 1e6);
  }

  private static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }

  /** One caller: its own counts, CPU and allocation, read on its own thread. */
  private static final class Worker implements Runnable {
    private static final int MAX_SAMPLES = 1 << 20;

    private final Contender.Call call;
    private final CountDownLatch ready;
    private final CountDownLatch go;
    private final AtomicReference<Throwable> failure;
    private volatile long deadline;
    private long[] latencies = new long[4096];
    private int count;
    private long calls;
    private long cpuNanos;
    private long allocated;

    Worker(
        Contender.Call call,
        CountDownLatch ready,
        CountDownLatch go,
        AtomicReference<Throwable> failure) {
      this.call = call;
      this.ready = ready;
      this.go = go;
      this.failure = failure;
    }

    @Override
    public void run() {
      ready.countDown();
      try {
        go.await();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long alloc0 = THREADS.getCurrentThreadAllocatedBytes();
        long end = deadline;
        long now = System.nanoTime();
        while (now < end && failure.get() == null) {
          call.run();
          long after = System.nanoTime();
          record(after - now);
          now = after;
        }
        cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu0;
        allocated = THREADS.getCurrentThreadAllocatedBytes() - alloc0;
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
      }
    }

    private void record(long nanos) {
      calls++;
      if (count == latencies.length && count < MAX_SAMPLES) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      if (count < latencies.length) {
        latencies[count++] = nanos;
      }
    }
  }

  /** Median of {@code values}. */
  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }
}
