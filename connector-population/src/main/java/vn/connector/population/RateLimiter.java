package vn.connector.population;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
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

  /**
   * The next free slot, in nanoseconds since the epoch on the clock; taken by compare-and-set, as
   * every bulk worker asks for a permit per row and a lock among 32 workers on two cores stalled
   * them all whenever its holder was preempted (issue 16).
   */
  private final AtomicLong next = new AtomicLong(Long.MIN_VALUE);

  RateLimiter(double permitsPerSecond, Clock clock, Sleeper sleeper) {
    this.intervalNanos = (long) (1_000_000_000L / permitsPerSecond);
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Waits for the next permit. */
  void acquire() throws InterruptedException {
    Instant at = clock.instant();
    long now = at.getEpochSecond() * 1_000_000_000L + at.getNano();
    long slot;
    while (true) {
      long taken = next.get();
      slot = Math.max(taken, now);
      if (next.compareAndSet(taken, slot + intervalNanos)) {
        break;
      }
    }
    if (slot > now) {
      sleeper.sleep(Duration.ofNanos(slot - now));
    }
  }
}
