package vn.connector.population;

import java.util.Iterator;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One bulk run: reads rows only as fast as slots free up, verifies them on a pool, and ends
 * cleanly. However it ends (all rows done, the input failed, the consumer threw, an interrupt, a
 * cancel), no row starts afterwards, and the run returns or throws only once the calls already
 * under way have finished and delivered: every audited call's result reached the caller, and no
 * result and no audit event arrives after the end. Ending early waits at most for one call per
 * slot, bounded by the client's timeouts.
 */
final class BulkExecution {

  private final BulkVerifier settings;
  private final Iterator<BulkVerifier.Row> rows;
  private final BulkRun run;
  private volatile boolean cancelled;
  private volatile Thread runner;

  BulkExecution(
      BulkVerifier settings,
      Iterator<BulkVerifier.Row> rows,
      Consumer<BulkResult> results,
      OptionalLong total) {
    this.settings = settings;
    this.rows = rows;
    this.run = new BulkRun(results, settings.progress(), total, settings.clock());
  }

  /** Asks the run to stop; the thread running it sees an interrupt. */
  void cancel() {
    cancelled = true;
    Thread t = runner;
    if (t != null) {
      t.interrupt();
    }
  }

  /** Runs on the calling thread; an interrupt of it cancels the run. */
  BulkProgress execute() {
    runner = Thread.currentThread();
    int concurrency = settings.concurrency();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, BulkExecution::daemon);
    Semaphore slots = new Semaphore(concurrency);
    RateLimiter limiter =
        new RateLimiter(settings.ratePerSecond(), settings.clock(), settings.sleeper());
    boolean ended = false;
    try {
      long index = 0;
      while (!cancelled && !run.sinkFailed() && rows.hasNext()) {
        BulkVerifier.Row row = rows.next();
        slots.acquire();
        limiter.acquire();
        run.submitted();
        long i = index++;
        pool.execute(() -> work(i, row, slots));
      }
      slots.acquire(concurrency);
      ended = !cancelled;
    } catch (InterruptedException e) {
      cancelled = true;
    } finally {
      if (!ended || run.sinkFailed()) {
        run.close();
      }
      pool.shutdown();
      awaitWorkers(pool);
      runner = null;
    }
    if (cancelled) {
      throw new CancellationException("bulk verification cancelled");
    }
    return run.finish();
  }

  private void work(long index, BulkVerifier.Row row, Semaphore slots) {
    try {
      if (!run.isClosed()) {
        run.deliver(settings.verify(index, row));
      }
    } finally {
      slots.release();
    }
  }

  /**
   * Waits for every worker, also when this thread is interrupted meanwhile (the interrupt is kept):
   * an in-flight call ends within the client's response timeout.
   */
  private static void awaitWorkers(ExecutorService pool) {
    boolean interrupted = Thread.interrupted();
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "population-bulk");
    t.setDaemon(true);
    return t;
  }
}
