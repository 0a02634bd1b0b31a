package vn.connector.population;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A bulk run started in the background ({@link BulkVerifier#start}): cancel it, or wait for its
 * end. After {@link #cancel()}, no further row is started and rows in flight are interrupted;
 * {@link #await()} returns only once every worker has stopped, so no result reaches the consumer
 * and no audit event is recorded after it. Thread-safe.
 *
 * <pre>{@code
 * BulkJob job = bulk.start(rows, results::add);
 * // ... the officer presses "stop"
 * job.cancel();
 * job.await();   // CancellationException: the run ended early; results so far were delivered
 * }</pre>
 */
public final class BulkJob {

  private final BulkExecution execution;
  private final CompletableFuture<BulkProgress> done = new CompletableFuture<>();

  BulkJob(BulkExecution execution) {
    this.execution = execution;
  }

  void run() {
    try {
      done.complete(execution.execute());
    } catch (RuntimeException | Error e) {
      done.completeExceptionally(e);
    }
  }

  /** Stops the run: no further row starts; idempotent. */
  public void cancel() {
    execution.cancel();
  }

  /** Whether the run has ended (all rows, failure or cancel) and every worker stopped. */
  public boolean isDone() {
    return done.isDone();
  }

  /**
   * Waits for the end of the run and returns its final progress.
   *
   * @throws CancellationException when the run was cancelled, or when this thread is interrupted
   *     while waiting (the run is then cancelled too, and the interrupt kept)
   * @throws RuntimeException what ended the run early: the input's or the consumer's error
   */
  public BulkProgress await() {
    try {
      return done.get();
    } catch (InterruptedException e) {
      cancel();
      done.handle((progress, failure) -> null).join();
      Thread.currentThread().interrupt();
      throw new CancellationException("bulk verification interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw (Error) e.getCause();
    }
  }
}
