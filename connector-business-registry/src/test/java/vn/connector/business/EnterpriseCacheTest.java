package vn.connector.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.connector.core.Answer;
import vn.connector.core.HttpResponse;
import vn.connector.core.Verdict;

class EnterpriseCacheTest {

  private static final Instant T0 = Instant.parse("2026-01-15T02:00:00Z");

  private static final String KEY = "https://ngsp.example.gov.vn/chiTiet?msdn=0100109106";

  private static Answer enterprise() {
    return new Answer(new HttpResponse(200, Map.of(), new byte[0]), Verdict.ok());
  }

  /**
   * Every answer these tests put in holds an enterprise; the client's own predicate is tested
   * elsewhere.
   */
  private static final java.util.function.Predicate<Answer> HOLDS_ENTERPRISE = answer -> true;

  private static EnterpriseCache cache(Clock clock, int max) {
    return new EnterpriseCache(clock, Duration.ofMinutes(10), max, HOLDS_ENTERPRISE);
  }

  @Test
  void keepsEntryUntilItsTimeToLiveEnds() {
    Instant[] now = {T0};
    Clock clock =
        new Clock() {
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
            return now[0];
          }
        };
    EnterpriseCache cache = cache(clock, 10);
    cache.put(KEY, enterprise());

    now[0] = T0.plus(Duration.ofMinutes(10)).minusMillis(1);
    assertThat(cache.get(KEY)).isPresent();
    now[0] = T0.plus(Duration.ofMinutes(10));
    assertThat(cache.get(KEY)).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void holdsAtMostMaxEntries() {
    EnterpriseCache cache = cache(Clock.fixed(T0, ZoneOffset.UTC), 1);
    cache.put(KEY, enterprise());
    cache.put(KEY.replace("0100109106", "0100111257"), enterprise());

    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.get(KEY)).isEmpty();
  }
}
