package vn.connector.population;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Counts of one bulk run, and the single point where results reach the caller: one at a time, so
 * the caller's consumer need not be thread-safe. A consumer that throws stops the run (the error is
 * rethrown at the end); a failed row does not. Once closed (the run ended early) no further row
 * starts. Progress goes to the listener at most once per interval on the run's clock (a log line
 * per row of a 100,000-row file is noise), and always once at the end.
 *
 * <p>Only delivery takes the run's lock. The flags every worker reads before each row, and the
 * count of rows submitted, are read and written without it: five lock round trips per row among 32
 * workers on two cores made a lock holder's preemption stall the others (issue 16).
 */
final class BulkRun {

  private final Consumer<BulkResult> results;
  private final BulkVerifier.ProgressSettings progress;
  private final OptionalLong total;
  private final Clock clock;
  private final Instant started;
  private Instant nextReport;
  private BulkProgress lastReport;

  /** Guards the counts, the report times and the consumer. */
  private final java.util.concurrent.locks.ReentrantLock lock =
      new java.util.concurrent.locks.ReentrantLock();

  private long done;
  private long failed;
  private final java.util.concurrent.atomic.LongAdder submitted =
      new java.util.concurrent.atomic.LongAdder();
  private volatile RuntimeException sinkFailure;
  private volatile boolean closed;

  BulkRun(
      Consumer<BulkResult> results,
      BulkVerifier.ProgressSettings progress,
      OptionalLong total,
      Clock clock) {
    this.results = results;
    this.progress = progress;
    this.total = total;
    this.clock = clock;
    this.started = clock.instant();
    this.nextReport = started.plus(progress.every());
  }

  void submitted() {
    submitted.increment();
  }

  boolean sinkFailed() {
    return sinkFailure != null;
  }

  /**
   * The run is ending early: rows not yet started are skipped (no call, no audit event, no result);
   * those already calling still deliver, before the run returns.
   */
  void close() {
    closed = true;
  }

  boolean isClosed() {
    return closed;
  }

  void deliver(BulkResult result) {
    lock.lock();
    try {
      done++;
      if (!result.isSuccess()) {
        failed++;
      }
      if (sinkFailure != null) {
        return;
      }
      try {
        results.accept(result);
        Instant now = clock.instant();
        if (!now.isBefore(nextReport)) {
          nextReport = now.plus(progress.every());
          report(now);
        }
      } catch (RuntimeException e) {
        sinkFailure = e;
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * The final counts, reported to the listener unless its last report already had them (then that
   * report is the result, so the listener's last report and the result are equal).
   */
  BulkProgress finish() {
    lock.lock();
    try {
      if (sinkFailure != null) {
        throw sinkFailure;
      }
      if (lastReport == null || lastReport.done() != done) {
        report(clock.instant());
      }
      return lastReport;
    } finally {
      lock.unlock();
    }
  }

  private void report(Instant now) {
    lastReport = snapshot(now);
    progress.listener().accept(lastReport);
  }

  private BulkProgress snapshot(Instant now) {
    return new BulkProgress(done, failed, submitted.sum(), total, Duration.between(started, now));
  }
}
