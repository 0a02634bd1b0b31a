package vn.connector.population;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
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
 *     .onProgress(p -> log.info("{} done, {} failed", p.done(), p.failed())).build();
 * BulkProgress total = bulk.runCsv(Path.of("commune.csv"), result -> writer.write(result));
 * }</pre>
 */
public final class BulkVerifier {

  private final PopulationClient client;
  private final CallContext context;
  private final int concurrency;
  private final double ratePerSecond;
  private final Consumer<BulkProgress> onProgress;
  private final Clock clock;
  private final Sleeper sleeper;

  private BulkVerifier(Builder b) {
    this.client = b.client;
    this.context = b.context;
    this.concurrency = b.concurrency;
    this.ratePerSecond = b.ratePerSecond;
    this.onProgress = b.onProgress;
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
   * M}/{@code F} or empty), read lazily; keys are {@code "line N"}.
   *
   * @throws UncheckedIOException naming the file, when it cannot be opened or read (missing, not
   *     UTF-8); rows verified until then have reached {@code results}
   */
  public BulkProgress runCsv(Path csv, Consumer<BulkResult> results) {
    requireNonNull(csv, "csv");
    requireNonNull(results, "results");
    try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return runRows(new CsvQueries(reader, csv.toString()), results);
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
    requireNonNull(rows, "rows");
    requireNonNull(results, "results");
    try {
      return new BulkExecution(this, rows, results).execute();
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
    BulkJob job = new BulkJob(new BulkExecution(this, rows, results));
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

  Consumer<BulkProgress> onProgress() {
    return onProgress;
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
    private Consumer<BulkProgress> onProgress = p -> {};
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

    /** Called after each row with the counts so far, from the thread that finished the row. */
    public Builder onProgress(Consumer<BulkProgress> onProgress) {
      this.onProgress = requireNonNull(onProgress, "onProgress");
      return this;
    }

    /** Clock of the rate limiter (tests). */
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
