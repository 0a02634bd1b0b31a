package vn.connector.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.connector.business.model.Enterprise;
import vn.connector.business.model.EnterpriseStatus;
import vn.connector.core.EnterpriseCode;

class EnterpriseCacheTest {

  private static final Instant T0 = Instant.parse("2026-01-15T02:00:00Z");
  private static final EnterpriseCode CODE = EnterpriseCode.parse("0100109106");

  private static Enterprise enterprise() {
    return new Enterprise(
        CODE,
        "A",
        null,
        null,
        new EnterpriseStatus(EnterpriseStatus.Kind.ACTIVE, "1", null),
        null,
        null,
        null,
        0,
        null,
        List.of(),
        List.of());
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
    EnterpriseCache cache = new EnterpriseCache(clock, Duration.ofMinutes(10), 10);
    cache.put(CODE, enterprise());

    now[0] = T0.plus(Duration.ofMinutes(10)).minusMillis(1);
    assertThat(cache.get(CODE)).isPresent();
    now[0] = T0.plus(Duration.ofMinutes(10));
    assertThat(cache.get(CODE)).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void holdsAtMostMaxEntries() {
    EnterpriseCache cache =
        new EnterpriseCache(Clock.fixed(T0, ZoneOffset.UTC), Duration.ofMinutes(10), 1);
    cache.put(CODE, enterprise());
    cache.put(EnterpriseCode.parse("0100111257"), enterprise());

    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.get(CODE)).isEmpty();
  }
}
