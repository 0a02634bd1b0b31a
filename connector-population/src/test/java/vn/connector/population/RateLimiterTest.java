package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  /** A clock that stands still unless the test moves it. */
  private static final class StillClock extends Clock {
    private final AtomicLong nanos = new AtomicLong(1_700_000_000_000_000_000L);

    @Override
    public Instant instant() {
      long n = nanos.get();
      return Instant.ofEpochSecond(n / 1_000_000_000L, n % 1_000_000_000L);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void spacesPermitsEvenlyWhenCalledAtOnce() throws Exception {
    StillClock clock = new StillClock();
    List<Duration> waits = new ArrayList<>();
    RateLimiter limiter = new RateLimiter(4, clock, waits::add);

    for (int i = 0; i < 4; i++) {
      limiter.acquire();
    }

    // the first goes now, each further one a quarter of a second after the one before
    assertThat(waits)
        .containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(750));
  }

  @Test
  void doesNotSaveUpPermitsWhileIdle() throws Exception {
    StillClock clock = new StillClock();
    List<Duration> waits = new ArrayList<>();
    RateLimiter limiter = new RateLimiter(10, clock, waits::add);

    limiter.acquire();
    clock.nanos.addAndGet(Duration.ofSeconds(5).toNanos());
    limiter.acquire();
    limiter.acquire();

    // after an idle spell the next permit is immediate, and the one after is spaced again
    assertThat(waits).containsExactly(Duration.ofMillis(100));
  }

  @Test
  void concurrentCallersNeverShareASlot() throws Exception {
    StillClock clock = new StillClock();
    List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    RateLimiter limiter = new RateLimiter(1000, clock, waits::add);
    Thread[] callers = new Thread[8];
    for (int t = 0; t < callers.length; t++) {
      callers[t] =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < 500; i++) {
                    limiter.acquire();
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      callers[t].start();
    }
    for (Thread t : callers) {
      t.join();
    }

    // 4,000 permits with the clock standing still: one went at once, the others 1 ms apart each
    assertThat(waits).hasSize(3999).doesNotHaveDuplicates();
    assertThat(waits.stream().mapToLong(Duration::toMillis).max()).hasValue(3999);
  }
}
