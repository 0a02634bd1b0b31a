package vn.connector.examples.population;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import vn.connector.core.Purpose;
import vn.connector.population.BulkProgress;
import vn.connector.population.BulkResult;

/**
 * A data-cleansing run (làm sạch dữ liệu): generates a CSV of 10,000 rows (most of them match, some
 * carry a wrong name, a wrong date or a bad ID), verifies it with bounded concurrency and a rate
 * limit, and prints progress as results arrive.
 */
public final class BulkVerifyCsv {

  static final String[] ROWS = {
    "001090012345,Nguyễn Văn An,1990-01-15,M",
    "001192004567,Trần Thị Bình,1992-03-08,F",
    "034160002233,Bùi Thị Lan,1960,F",
    "012345678,Đỗ Văn Minh,1975-02-14,M",
    "079068001122,Lê Văn Cường,1968-04-12,M",
    "001090012345,Nguyên Văn An,1990-01-15,M",
    "036085005566,Hoàng Văn Đức,1985-07-31,M",
    "04820100011,Đặng Quốc Huy,2001-04-04,M",
  };

  private BulkVerifyCsv() {}

  public static void main(String[] args) throws IOException {
    run(args.length > 0 ? Integer.parseInt(args[0]) : 10_000);
  }

  /** Runs over {@code rows} generated rows; returns the final counts. */
  public static BulkProgress run(int rows) throws IOException {
    Path csv = Files.createTempFile("population-bulk", ".csv");
    try (PopulationSetup setup = PopulationSetup.open(Purpose.DATA_CLEANSING)) {
      write(csv, rows);
      System.out.println(
          "Population: bulk verify "
              + rows
              + " rows of "
              + csv.getFileName()
              + ", against "
              + setup.target());
      AtomicLong matched = new AtomicLong();
      BulkProgress total =
          setup
              .client()
              .bulkVerifier(setup.context())
              .concurrency(8)
              .ratePerSecond(5_000)
              .onProgress( // every second and once at the end, never once per row
                  Duration.ofSeconds(1),
                  p ->
                      System.out.printf(
                          "  %,d/%,d done, %,d failed, %,.0f/s%n",
                          p.done(), p.total().orElse(-1), p.failed(), p.ratePerSecond()))
              .build()
              .runCsv(csv, r -> count(r, matched));
      System.out.printf(
          "done: %,d rows, %,d khớp / matched, %,d không khớp / mismatched, %,d failed%n",
          total.done(),
          matched.get(),
          total.done() - total.failed() - matched.get(),
          total.failed());
      return total;
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  private static void count(BulkResult r, AtomicLong matched) {
    if (r.isSuccess() && r.verification().matched()) {
      matched.incrementAndGet();
    }
  }

  static void write(Path csv, int rows) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("citizenId,fullName,birthDate,gender\n");
      for (int i = 0; i < rows; i++) {
        w.write(ROWS[i % ROWS.length]);
        w.write('\n');
      }
    }
  }
}
