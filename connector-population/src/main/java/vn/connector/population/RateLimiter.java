package vn.connector.population;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.connector.core.Sleeper;

/**
 * Spaces permits evenly, {@code 1 / permitsPerSecond} apart, so a bulk run never bursts at the
 * national service. Time comes from an injected clock and waits go through a sleeper, so tests run
 * in zero time.
 */
final class RateLimiter {

  private final long intervalNanos;
  private final Clock clock;
  private final Sleeper sleeper;
  private Instant next;

  RateLimiter(double permitsPerSecond, Clock clock, Sleeper sleeper) {
    this.intervalNanos = (long) (1_000_000_000L / permitsPerSecond);
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Waits for the next permit. */
  void acquire() throws InterruptedException {
    Duration wait;
    synchronized (this) {
      Instant now = clock.instant();
      Instant slot = next == null || next.isBefore(now) ? now : next;
      next = slot.plusNanos(intervalNanos);
      wait = Duration.between(now, slot);
    }
    if (!wait.isZero() && !wait.isNegative()) {
      sleeper.sleep(wait);
    }
  }
}
