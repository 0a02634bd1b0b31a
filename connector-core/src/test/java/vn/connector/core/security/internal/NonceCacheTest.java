package vn.connector.core.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NonceCacheTest {

  static final Instant T0 = Instant.parse("2026-11-24T00:00:00Z");

  @Test
  void refusesNonceSeenInsideTheWindowAndForgetsItAfterwards() {
    NonceCache cache = new NonceCache(10);
    cache.record("k", "n1", T0.plusSeconds(600), T0);
    assertThatThrownBy(() -> cache.record("k", "n1", T0.plusSeconds(600), T0.plusSeconds(599)))
        .isInstanceOf(RuleViolation.class).hasMessage("nonce replayed");
    cache.record("other-key", "n1", T0.plusSeconds(600), T0);
    cache.record("k", "n1", T0.plusSeconds(1200), T0.plusSeconds(601));
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void refusesRatherThanForgetsWhenFullOfLiveNonces() {
    NonceCache cache = new NonceCache(2);
    cache.record("k", "a", T0.plusSeconds(600), T0);
    cache.record("k", "b", T0.plusSeconds(600), T0);
    assertThatThrownBy(() -> cache.record("k", "c", T0.plusSeconds(600), T0)).hasMessage("replay cache full");
    assertThatThrownBy(() -> cache.record("k", "a", T0.plusSeconds(600), T0)).hasMessage("nonce replayed");
    cache.record("k", "c", T0.plusSeconds(1300), T0.plusSeconds(700));
  }
}
