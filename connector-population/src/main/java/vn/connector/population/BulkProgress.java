package vn.connector.population;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a bulk run stands: reported at the interval given to {@link
 * BulkVerifier.Builder#onProgress(Duration, java.util.function.Consumer)}, once more at the end,
 * and returned by the run.
 *
 * <pre>{@code
 * p -> log.info("{}/{} done, {} failed, {}/s, {} left", p.done(), p.total().orElse(-1),
 *     p.failed(), Math.round(p.ratePerSecond()), p.timeLeft().map(Duration::toSeconds).orElse(-1L))
 * }</pre>
 *
 * @param done rows finished (verified or failed)
 * @param failed rows that ended in an error
 * @param submitted rows read from the input so far
 * @param total rows of the whole input, when known (the CSV rows counted before the run, or given
 *     with {@link BulkVerifier.Builder#expectedRows(long)}); empty for a stream of unknown length
 * @param elapsed time since the run started, on the verifier's clock
 */
public record BulkProgress(
    long done, long failed, long submitted, OptionalLong total, Duration elapsed) {

  public BulkProgress {
    if (done < 0 || failed < 0 || failed > done || submitted < done) {
      throw new IllegalArgumentException(
          "done: counts must satisfy 0 <= failed <= done <= submitted, were "
              + failed
              + ", "
              + done
              + ", "
              + submitted);
    }
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Rows finished per second since the start; 0 before any time has passed. */
  public double ratePerSecond() {
    long millis = elapsed.toMillis();
    return millis <= 0 ? 0 : done * 1000.0 / millis;
  }

  /**
   * The time left at the rate so far, when the total is known and rows have finished; zero once
   * every row is done.
   */
  public Optional<Duration> timeLeft() {
    if (total.isEmpty()) {
      return Optional.empty();
    }
    long left = Math.max(0, total.getAsLong() - done);
    if (left == 0) {
      return Optional.of(Duration.ZERO);
    }
    double rate = ratePerSecond();
    return rate <= 0
        ? Optional.empty()
        : Optional.of(Duration.ofMillis(Math.round(left * 1000.0 / rate)));
  }
}
