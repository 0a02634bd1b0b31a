package vn.connector.population;

import java.util.Iterator;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One bulk run: {@code concurrency} workers each take the next row, wait for the rate limiter,
 * verify it and deliver the result, until the rows run out; it ends cleanly. However it ends (all
 * rows done, the input failed, the consumer threw, an interrupt, a cancel), no row starts
 * afterwards, and the run returns or throws only once the calls already under way have finished and
 * delivered: every audited call's result reached the caller, and no result and no audit event
 * arrives after the end. Ending early waits at most for one call per worker, bounded by the
 * client's timeouts.
 *
 * <p>The workers take rows themselves, one at a time under the input's lock. A dispatching thread
 * handing each row to a pool through a queue and a semaphore cost a quarter of the throughput on
 * two cores, where the dispatcher waited its turn behind the 32 callers it fed (issue 16).
 */
final class BulkExecution {

  private final BulkVerifier settings;
  private final Iterator<BulkVerifier.Row> rows;
  private final BulkRun run;
  private final AtomicReference<Throwable> inputFailure = new AtomicReference<>();
  private volatile boolean cancelled;
  private volatile Thread runner;

  /**
   * Guards the input and {@code index}. A lock of java.util.concurrent, not a monitor: 32 workers
   * on two cores contending for a JVM monitor spin before they block, and the spinning took more
   * CPU than the verifications themselves (a bulk run's process used 150 µs a row against 39 µs a
   * single verification; issue 16).
   */
  private final java.util.concurrent.locks.ReentrantLock input =
      new java.util.concurrent.locks.ReentrantLock();

  private long index; // guarded by input

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
    RateLimiter limiter =
        new RateLimiter(settings.ratePerSecond(), settings.clock(), settings.sleeper());
    Thread[] workers = new Thread[settings.concurrency()];
    try {
      for (int i = 0; i < workers.length; i++) {
        workers[i] = new Thread(() -> work(limiter), "population-bulk");
        workers[i].setDaemon(true);
        workers[i].start();
      }
    } finally {
      awaitWorkers(workers);
      runner = null;
    }
    if (cancelled || inputFailure.get() != null || run.sinkFailed()) {
      run.close();
    }
    Throwable failure = inputFailure.get();
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    if (cancelled) {
      throw new CancellationException("bulk verification cancelled");
    }
    return run.finish();
  }

  private void work(RateLimiter limiter) {
    try {
      while (true) {
        long i;
        BulkVerifier.Row row;
        input.lock();
        try {
          if (stopping() || !rows.hasNext()) {
            return;
          }
          row = rows.next();
          i = index++;
        } finally {
          input.unlock();
        }
        limiter.acquire();
        run.submitted();
        if (!stopping() && !run.isClosed()) {
          run.deliver(settings.verify(i, row));
        }
      }
    } catch (InterruptedException e) {
      cancelled = true;
    } catch (RuntimeException | Error e) {
      // The input failed (a row that cannot be read): no further row starts.
      inputFailure.compareAndSet(null, e);
    }
  }

  /** The run ends early: no row starts any more. */
  private boolean stopping() {
    return cancelled || inputFailure.get() != null || run.sinkFailed();
  }

  /**
   * Waits for every worker; an interrupt meanwhile cancels the run (no further row starts) and is
   * waited through: an in-flight call ends within the client's response timeout.
   */
  private void awaitWorkers(Thread[] workers) {
    for (Thread w : workers) {
      while (w != null) {
        try {
          w.join();
          break;
        } catch (InterruptedException e) {
          cancelled = true;
        }
      }
    }
  }
}
