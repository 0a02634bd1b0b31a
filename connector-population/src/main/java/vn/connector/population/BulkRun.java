package vn.connector.population;

import java.util.function.Consumer;

/**
 * Counts of one bulk run, and the single point where results reach the caller: one at a time, so
 * the caller's consumer need not be thread-safe. A consumer that throws stops the run (the error is
 * rethrown at the end); a failed row does not.
 */
final class BulkRun {

  private final Consumer<BulkResult> results;
  private final Consumer<BulkProgress> onProgress;
  private long done;
  private long failed;
  private long submitted;
  private RuntimeException sinkFailure;

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
