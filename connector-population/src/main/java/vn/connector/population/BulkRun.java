package vn.connector.population;

import java.util.function.Consumer;

/**
 * Counts of one bulk run, and the single point where results reach the caller: one at a time, so
 * the caller's consumer need not be thread-safe. A consumer that throws stops the run (the error is
 * rethrown at the end); a failed row does not. Once closed (the run ended early) no further row
 * starts.
 */
final class BulkRun {

  private final Consumer<BulkResult> results;
  private final Consumer<BulkProgress> onProgress;
  private long done;
  private long failed;
  private long submitted;
  private RuntimeException sinkFailure;
  private boolean closed;

  BulkRun(Consumer<BulkResult> results, Consumer<BulkProgress> onProgress) {
    this.results = results;
    this.onProgress = onProgress;
  }

  synchronized void submitted() {
    submitted++;
  }

  synchronized boolean sinkFailed() {
    return sinkFailure != null;
  }

  /**
   * The run is ending early: rows not yet started are skipped (no call, no audit event, no result);
   * those already calling still deliver, before the run returns.
   */
  synchronized void close() {
    closed = true;
  }

  synchronized boolean isClosed() {
    return closed;
  }

  synchronized void deliver(BulkResult result) {
    done++;
    if (!result.isSuccess()) {
      failed++;
    }
    if (sinkFailure != null) {
      return;
    }
    try {
      results.accept(result);
      onProgress.accept(new BulkProgress(done, failed, submitted));
    } catch (RuntimeException e) {
      sinkFailure = e;
    }
  }

  synchronized BulkProgress finish() {
    if (sinkFailure != null) {
      throw sinkFailure;
    }
    return new BulkProgress(done, failed, submitted);
  }
}
