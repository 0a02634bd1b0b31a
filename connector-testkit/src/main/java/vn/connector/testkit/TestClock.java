package vn.connector.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock tests move by hand, for token expiry, cache expiry, signature windows and retry deadlines
 * without waiting for real time. Thread-safe.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at(Instant.parse("2026-01-15T02:00:00Z"));
 * client = BusinessRegistryClient.builder()...clock(clock).build();
 * clock.advance(Duration.ofMinutes(11));   // the cache entry has expired
 * }</pre>
 */
public final class TestClock extends Clock {

  private volatile Instant now;

  private TestClock(Instant now) {
    this.now = now;
  }

  public static TestClock at(Instant now) {
    return new TestClock(Objects.requireNonNull(now, "now"));
  }

  public void advance(Duration duration) {
    now = now.plus(Objects.requireNonNull(duration, "duration"));
  }

  public void set(Instant instant) {
    now = Objects.requireNonNull(instant, "instant");
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
