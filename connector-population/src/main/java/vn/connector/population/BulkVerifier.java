package vn.connector.population;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import vn.connector.core.CallContext;
import vn.connector.core.Sleeper;
import vn.connector.population.model.CitizenQuery;

/**
 * Verifies many citizens in one run (a data-cleansing run over a commune). Rows are read from the
 * input only as fast as they are verified: at most {@code concurrency} rows are in flight, so
 * memory stays constant whatever the input size. Calls are spaced to {@code ratePerSecond}. Each
 * result goes to the consumer as soon as it completes (in completion order, one at a time); a
 * failed row is a result with its error, never the end of the run. Thread-safe; one run at a time
 * per call of {@code run}.
 *
 * <pre>{@code
 * BulkVerifier bulk = client.bulkVerifier(context).concurrency(8).ratePerSecond(20)
 *     .onProgress(Duration.ofSeconds(10), p -> log.info("{} done, {} failed", p.done(), p.failed()))
 *     .build();
 * BulkProgress total = bulk.runCsv(Path.of("commune.csv"), result -> writer.write(result));
 * }</pre>
 */
public final class BulkVerifier {

  private final PopulationClient client;
  private final CallContext context;
  private final int concurrency;
  private final double ratePerSecond;
  private final ProgressSettings progress;
  private final OptionalLong expectedRows;
  private final Clock clock;
  private final Sleeper sleeper;

  private BulkVerifier(Builder b) {
    this.client = b.client;
    this.context = b.context;
    this.concurrency = b.concurrency;
    this.ratePerSecond = b.ratePerSecond;
    this.progress = b.progress;
    this.expectedRows = b.expectedRows;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
  }

  /**
   * One input row: a key to find it again, and the query, parsed lazily so a bad row fails alone.
   */
  public record Row(String key, Supplier<CitizenQuery> query) {
    public Row {
      requireNonNull(key, "key");
      requireNonNull(query, "query");
    }
  }

  /** How often progress goes to which listener. */
  record ProgressSettings(Duration every, Consumer<BulkProgress> listener) {}

  /** Verifies every query of the stream; keys are the indexes. Returns the final progress. */
  public BulkProgress run(Stream<CitizenQuery> queries, Consumer<BulkResult> results) {
    return run(queries.iterator(), results);
  }

  /** Verifies every query of the iterator; keys are the indexes. Returns the final progress. */
  public BulkProgress run(Iterator<CitizenQuery> queries, Consumer<BulkResult> results) {
    requireNonNull(queries, "queries");
    AtomicInteger index = new AtomicInteger();
    return runRows(
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return queries.hasNext();
          }

          @Override
          public Row next() {
            CitizenQuery q = queries.next();
            return new Row(Integer.toString(index.getAndIncrement()), () -> q);
          }
        },
        results);
  }

  /**
   * Verifies a UTF-8 CSV file of {@code citizenId,fullName,birthDate[,gender]} lines (birth date
   * {@code yyyy-MM-dd}, {@code yyyy-MM}, {@code yyyy} or {@code dd/MM/yyyy}; gender {@code
   * M}/{@code F} or empty), read lazily; keys are {@code "line N"}. Unless {@link
   * Builder#expectedRows(long)} was given, the rows are counted first (one quick read of the file)
   * so that progress carries the total and the time left.
   *
   * @throws UncheckedIOException naming the file, when it cannot be opened or read (missing, not
   *     UTF-8); rows verified until then have reached {@code results}
   */
  public BulkProgress runCsv(Path csv, Consumer<BulkResult> results) {
    requireNonNull(csv, "csv");
    requireNonNull(results, "results");
    OptionalLong total = expectedRows.isPresent() ? expectedRows : OptionalLong.of(count(csv));
    try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return runRows(new CsvQueries(reader, csv.toString()), results, total);
    } catch (IOException e) {
      throw CsvQueries.unreadable(csv.toString(), e);
    }
  }

  /**
   * Verifies rows on the calling thread; the general form of the other {@code run} methods. An
   * interrupt of the calling thread cancels the run ({@link java.util.concurrent
   * .CancellationException}, interrupt kept); however the run ends, it returns or throws only once
   * every worker has stopped, so no result and no audit event arrive after it.
   */
  public BulkProgress runRows(Iterator<Row> rows, Consumer<BulkResult> results) {
    return runRows(rows, results, expectedRows);
  }

  private BulkProgress runRows(
      Iterator<Row> rows, Consumer<BulkResult> results, OptionalLong total) {
    requireNonNull(rows, "rows");
    requireNonNull(results, "results");
    try {
      return new BulkExecution(this, rows, results, total).execute();
    } catch (java.util.concurrent.CancellationException e) {
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  /**
   * Starts verifying rows in the background and returns a handle to cancel the run or wait for its
   * end ({@link BulkJob#await()}).
   */
  public BulkJob start(Iterator<Row> rows, Consumer<BulkResult> results) {
    requireNonNull(rows, "rows");
    requireNonNull(results, "results");
    BulkJob job = new BulkJob(new BulkExecution(this, rows, results, expectedRows));
    Thread thread = new Thread(job::run, "population-bulk-run");
    thread.setDaemon(true);
    thread.start();
    return job;
  }

  BulkResult verify(long index, Row row) {
    try {
      return BulkResult.success(index, row.key(), client.verify(context, row.query().get()));
    } catch (RuntimeException e) {
      return BulkResult.failure(index, row.key(), e);
    }
  }

  int concurrency() {
    return concurrency;
  }

  double ratePerSecond() {
    return ratePerSecond;
  }

  ProgressSettings progress() {
    return progress;
  }

  private static long count(Path csv) {
    long rows = 0;
    try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CsvQueries q = new CsvQueries(reader, csv.toString()); q.hasNext(); q.next()) {
        rows++;
      }
      return rows;
    } catch (IOException e) {
      throw CsvQueries.unreadable(csv.toString(), e);
    }
  }

  Clock clock() {
    return clock;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  /** Settings of a bulk run. */
  public static final class Builder {
    private final PopulationClient client;
    private final CallContext context;
    private int concurrency = 4;
    private double ratePerSecond = 10;
    private ProgressSettings progress = new ProgressSettings(Duration.ofDays(365_000), p -> {});
    private OptionalLong expectedRows = OptionalLong.empty();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    Builder(PopulationClient client, CallContext context) {
      this.client = client;
      this.context = context;
    }

    /**
     * Rows in flight at once (default 4). Raise it only as far as the service's quota allows, and
     * keep the client's {@code maxConnections} at least as high.
     */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1 || concurrency > 256) {
        throw new IllegalArgumentException("concurrency: must be 1-256, was " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /** Calls started per second at most (default 10), the quota agreed with the national side. */
    public Builder ratePerSecond(double ratePerSecond) {
      if (!(ratePerSecond > 0 && ratePerSecond <= 100_000)) {
        throw new IllegalArgumentException(
            "ratePerSecond: must be > 0 and <= 100000, was " + ratePerSecond);
      }
      this.ratePerSecond = ratePerSecond;
      return this;
    }

    /**
     * Reports progress to {@code listener} at most once per {@code every} on the verifier's clock
     * (when a row finishes and the interval has passed), and always once at the end with the final
     * counts; never once per row unless {@code every} is zero. Called one report at a time, from
     * the thread that finished the row. Choose the interval of the log lines you want (10 s for a
     * log, 1 s for a progress bar).
     */
    public Builder onProgress(Duration every, Consumer<BulkProgress> listener) {
      requireNonNull(every, "every");
      if (every.isNegative()) {
        throw new IllegalArgumentException("every: must not be negative, was " + every);
      }
      this.progress = new ProgressSettings(every, requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * How many rows the input holds, when the caller knows (a stream or iterator of known length),
     * so that progress carries the total and the time left; for {@code runCsv} it replaces the
     * count of the file's rows.
     */
    public Builder expectedRows(long rows) {
      if (rows < 0) {
        throw new IllegalArgumentException("expectedRows: must not be negative, was " + rows);
      }
      this.expectedRows = OptionalLong.of(rows);
      return this;
    }

    /** Clock of the rate limiter and of the progress interval, elapsed time and rate (tests). */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** How the rate limiter waits (tests inject one that records instead of sleeping). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = requireNonNull(sleeper, "sleeper");
      return this;
    }

    public BulkVerifier build() {
      return new BulkVerifier(this);
    }
  }
}
