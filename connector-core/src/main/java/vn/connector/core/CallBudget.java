package vn.connector.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The deadline of one call. Time spent is the larger of the clock's and the real time's: tests move
 * an injected clock without waiting, while a hung server takes real time the clock may not show.
 */
final class CallBudget {

  private final Clock clock;
  private final RetryPolicy policy;
  private final Instant start;
  private final long startNanos = System.nanoTime();

  CallBudget(Clock clock, RetryPolicy policy) {
    this.clock = clock;
    this.policy = policy;
    this.start = clock.instant();
  }

  Instant start() {
    return start;
  }

  Duration spent() {
    Duration byClock = Duration.between(start, clock.instant());
    Duration real = Duration.ofNanos(System.nanoTime() - startNanos);
    return byClock.compareTo(real) > 0 ? byClock : real;
  }

  /** Time left before the deadline; zero or negative when it has passed. */
  Duration timeLeft() {
    return policy.deadline().minus(spent());
  }

  boolean expired() {
    Duration left = timeLeft();
    return left.isNegative() || left.isZero();
  }

  /** Whether another attempt may start after {@code wait}: attempts and deadline both allow it. */
  boolean mayRetry(int attemptsSoFar, Duration wait) {
    return attemptsSoFar < policy.maxAttempts() && timeLeft().compareTo(wait) > 0;
  }
}
