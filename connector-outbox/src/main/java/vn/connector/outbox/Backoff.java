package vn.connector.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter between attempts: the n-th retry waits a random time between
 * {@code (1 - jitter)} and 1 times {@code min(max, initial * 2^(n-1))}. The jitter spreads the
 * retries of many items (and many nodes) after an outage of the national side, so they do not all
 * come back in the same second.
 *
 * <pre>{@code
 * Backoff backoff = Backoff.exponential(Duration.ofSeconds(5), Duration.ofMinutes(30));
 * }</pre>
 *
 * @param initial the wait before the first retry
 * @param max the longest wait
 * @param jitter the share of the wait drawn at random, 0 (none) to 1 (full jitter)
 */
public record Backoff(Duration initial, Duration max, double jitter) {

  public Backoff {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    if (initial.isNegative() || initial.isZero()) {
      throw new IllegalArgumentException("initial must be positive");
    }
    if (max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("max must not be shorter than initial");
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter must be between 0 and 1");
    }
  }

  /** Doubling from {@code initial} up to {@code max}, half of each wait drawn at random. */
  public static Backoff exponential(Duration initial, Duration max) {
    return new Backoff(initial, max, 0.5);
  }

  /** The wait before retry number {@code retry} (1 for the first retry). */
  public Duration delay(int retry, RandomGenerator random) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be at least 1");
    }
    long cap = max.toMillis();
    long wait = (long) Math.min(cap, initial.toMillis() * Math.pow(2, Math.min(retry - 1, 62)));
    long jittered = wait - (long) (wait * jitter * random.nextDouble());
    return Duration.ofMillis(Math.max(1, jittered));
  }
}
