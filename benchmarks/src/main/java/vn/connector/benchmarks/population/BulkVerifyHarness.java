package vn.connector.benchmarks.population;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Gender;
import vn.connector.core.Purpose;
import vn.connector.population.BulkProgress;
import vn.connector.population.PopulationClient;
import vn.connector.population.PopulationProfile;
import vn.connector.population.model.CitizenQuery;
import vn.connector.testkit.population.PopulationSimulator;

/**
 * Load harness (not a timed test): 100,000 verifications through the bulk API against the embedded
 * simulator (request journal off), sampling heap used after a GC hint every few seconds, to show
 * that memory stays flat whatever the input size. Writes {@code
 * benchmarks/results/bulk-verify.txt}.
 *
 * <p>Arguments: {@code [rows] [concurrency] [output file]}.
 */
public final class BulkVerifyHarness {

  private static final CitizenQuery[] QUERIES = {
    CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE),
    CitizenQuery.of("001192004567", "Trần Thị Bình", BirthDate.of(1992, 3, 8), Gender.FEMALE),
    CitizenQuery.of("034160002233", "Bùi Thị Lan", BirthDate.ofYear(1960)),
    CitizenQuery.of("012345678", "Đỗ Văn Minh", BirthDate.of(1975, 2, 14)),
    CitizenQuery.of("001090012345", "Nguyên Văn An", BirthDate.of(1990, 1, 15)),
  };

  private record Sample(double seconds, long done, long heapBytes) {}

  private BulkVerifyHarness() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    Path out = Path.of(args.length > 2 ? args[2] : "benchmarks/results/bulk-verify.txt");
    CallContext context =
        CallContext.of(
            "CB-0042",
            "000.00.01.H56",
            DossierCode.parse("000.00.01.H56-240115-0001"),
            Purpose.DATA_CLEANSING);
    List<Sample> samples = new ArrayList<>();
    AtomicLong done = new AtomicLong();
    long start = System.nanoTime();
    BulkProgress total;
    try (PopulationSimulator simulator =
            PopulationSimulator.builder().requestJournal(false).threads(64).build();
        PopulationClient client =
            simulator
                .clientBuilder(PopulationProfile.DIRECT)
                .maxConnections(concurrency)
                .auditListener(e -> {})
                .build()) {
      Thread sampler = sampler(samples, done, start);
      total =
          client
              .bulkVerifier(context)
              .concurrency(concurrency)
              .ratePerSecond(50_000)
              .onProgress(Duration.ZERO, p -> done.set(p.done())) // the sampler reads every row
              .build()
              .run(queries(rows), r -> {});
      sampler.interrupt();
      sampler.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    samples.add(new Sample(seconds, total.done(), heapAfterGc()));
    String report = report(rows, concurrency, total, seconds, samples);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.print(report);
  }

  /** Queries generated on demand: the input is never held in memory. */
  private static Iterator<CitizenQuery> queries(int rows) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < rows;
      }

      @Override
      public CitizenQuery next() {
        return QUERIES[next++ % QUERIES.length];
      }
    };
  }

  private static Thread sampler(List<Sample> samples, AtomicLong done, long start) {
    Thread t =
        new Thread(
            () -> {
              try {
                while (!Thread.currentThread().isInterrupted()) {
                  Thread.sleep(Duration.ofSeconds(5).toMillis());
                  long heap = heapAfterGc();
                  synchronized (samples) {
                    samples.add(new Sample((System.nanoTime() - start) / 1e9, done.get(), heap));
                  }
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

  /**
   * Heap retained after a full collection: the sum over heap pools of their usage right after the
   * last GC (live data), not the momentary usage, which also counts the garbage of 16 busy threads.
   */
  private static long heapAfterGc() {
    System.gc();
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        used += pool.getCollectionUsage().getUsed();
      }
    }
    return used;
  }

  private static String report(
      int rows, int concurrency, BulkProgress total, double seconds, List<Sample> samples)
      throws IOException {
    StringBuilder b = new StringBuilder();
    b.append(
        "Bulk verification load harness (vn.connector.benchmarks.population.BulkVerifyHarness)\n");
    b.append(
        String.format(
            Locale.ROOT,
            "JVM %s, %d processors, max heap %d MiB%n",
            System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() >> 20));
    b.append(
        String.format(
            Locale.ROOT,
            "rows %,d, concurrency %d, direct profile, embedded simulator on loopback "
                + "(same JVM, request journal off)%n%n",
            rows,
            concurrency));
    b.append("  seconds      done   rate/s(interval)   heap live after full GC (MiB)\n");
    Sample previous = new Sample(0, 0, 0);
    long min = Long.MAX_VALUE;
    long max = 0;
    for (Sample s : samples) {
      double rate =
          (s.done() - previous.done()) / Math.max(0.001, s.seconds() - previous.seconds());
      b.append(
          String.format(
              Locale.ROOT,
              "  %7.1f %9d %18.0f %12.1f%n",
              s.seconds(),
              s.done(),
              rate,
              s.heapBytes() / 1048576.0));
      if (s.done() > 0) {
        min = Math.min(min, s.heapBytes());
        max = Math.max(max, s.heapBytes());
      }
      previous = s;
    }
    b.append(
        String.format(
            Locale.ROOT,
            "%nresult: %,d done, %,d failed, %.1f s, %.0f verifications/s overall%n",
            total.done(),
            total.failed(),
            seconds,
            total.done() / seconds));
    b.append(
        String.format(
            Locale.ROOT,
            "heap live after full GC while running: min %.1f MiB, max %.1f MiB%n",
            min / 1048576.0,
            max / 1048576.0));
    return b.toString();
  }
}
