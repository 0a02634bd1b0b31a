package vn.connector.benchmarks.compare;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import vn.connector.population.BulkProgress;
import vn.connector.population.PopulationClient;
import vn.connector.population.PopulationProfile;

/**
 * Bulk verification in a fresh JVM: writes a CSV of {@code rows} citizens (generated, not kept in
 * memory), runs the SDK's {@code runCsv} over it against the stub, and every interval prints the
 * rows done and the live heap (heap pools' usage right after a forced full GC). The first interval
 * lines of the first run show the cold rate (JIT still compiling).
 *
 * <p>Arguments: {@code <rows> <stub http port> <concurrency> <sample interval ms> <max seconds>
 * [<warm-up rows>]}: a run still going after the max seconds is cancelled and reported as stopped,
 * with the rows done. With warm-up rows, a first run over that many rows (phase {@code warm-up})
 * comes before the measured one (phase {@code measured}) in the same JVM: at 32 workers on two
 * cores the JIT's compiler threads get little CPU, and a fresh JVM's rate still rose a minute in.
 */
public final class BulkMain {

  private static final String[] PEOPLE = {
    "001090012345,Nguyễn Văn An,1990-01-15,M",
    "001192004567,Trần Thị Bình,1992-03-08,F",
    "034160002233,Bùi Thị Lan,1960,",
    "001090012345,Nguyên Văn An,1990-01-15,",
  };

  private BulkMain() {}

  public static void main(String[] args) throws Exception {
    int rows = Integer.parseInt(args[0]);
    Stub stub = new Stub(Map.of("http", Integer.parseInt(args[1])), null);
    int concurrency = Integer.parseInt(args[2]);
    long interval = Long.parseLong(args[3]);
    long maxSeconds = Long.parseLong(args[4]);
    int warmUpRows = args.length > 5 ? Integer.parseInt(args[5]) : 0;
    try (PopulationClient client =
        SdkCalls.population(stub, PopulationProfile.DIRECT, concurrency)) {
      if (warmUpRows > 0) {
        run(client, "warm-up", warmUpRows, concurrency, interval, maxSeconds);
      }
      run(client, "measured", rows, concurrency, interval, maxSeconds);
    }
    System.exit(0);
  }

  /**
   * One run of {@code rows} over a fresh CSV: SAMPLE lines every interval, then one RESULT line,
   * both tagged with {@code phase}.
   */
  private static void run(
      PopulationClient client,
      String phase,
      int rows,
      int concurrency,
      long interval,
      long maxSeconds)
      throws Exception {
    Path csv = Files.createTempFile("bulk", ".csv");
    try {
      write(csv, rows);
      AtomicLong done = new AtomicLong();
      AtomicLong failed = new AtomicLong();
      Thread sampler = sampler(phase, done, interval);
      Thread cap = capAfter(maxSeconds, Thread.currentThread());
      long t0 = System.nanoTime();
      boolean stopped = false;
      try {
        BulkProgress p =
            client
                .bulkVerifier(SdkCalls.CONTEXT)
                .concurrency(concurrency)
                .ratePerSecond(100_000)
                .expectedRows(rows)
                // Every 200 ms is fresh enough for the 10 s samples; a report per row (the zero
                // interval this once used) is what no portal asks for, and it ran under the lock.
                .onProgress(
                    Duration.ofMillis(200),
                    x -> {
                      done.set(x.done());
                      failed.set(x.failed());
                    })
                .build()
                .runCsv(csv, r -> {});
        done.set(p.done());
        failed.set(p.failed());
      } catch (CancellationException e) {
        stopped = true; // the time cap: report the rows done so far, honestly marked
        Thread.interrupted();
      }
      cap.interrupt();
      double seconds = (System.nanoTime() - t0) / 1e9;
      sampler.interrupt();
      sampler.join();
      System.out.printf(
          java.util.Locale.ROOT,
          "RESULT phase=%s done=%d failed=%d seconds=%.3f stopped=%b%n",
          phase,
          done.get(),
          failed.get(),
          seconds,
          stopped);
      System.out.flush();
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  /** Interrupts {@code caller} (which cancels the run) after {@code seconds}. */
  private static Thread capAfter(long seconds, Thread caller) {
    Thread t =
        new Thread(
            () -> {
              try {
                Thread.sleep(seconds * 1000);
                caller.interrupt();
              } catch (InterruptedException e) {
                // the run ended first
              }
            },
            "time-cap");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void write(Path csv, int rows) throws java.io.IOException {
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("citizenId,fullName,birthDate,gender\n");
      for (int i = 0; i < rows; i++) {
        w.write(PEOPLE[i % PEOPLE.length]);
        w.write('\n');
      }
    }
  }

  private static Thread sampler(String phase, AtomicLong done, long interval) {
    long t0 = System.nanoTime();
    Thread t =
        new Thread(
            () -> {
              try {
                while (true) {
                  Thread.sleep(interval);
                  long heap = liveHeap();
                  System.out.printf(
                      java.util.Locale.ROOT,
                      "SAMPLE phase=%s t=%.3f done=%d heap=%d cpu=%d%n",
                      phase,
                      (System.nanoTime() - t0) / 1e9,
                      done.get(),
                      heap,
                      LoadRunner.OS.getProcessCpuTime());
                  System.out.flush();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "heap-sampler");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Heap in use right after a full collection: live data, not the garbage of busy workers. */
  static long liveHeap() {
    System.gc();
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        used += pool.getCollectionUsage().getUsed();
      }
    }
    return used;
  }
}
