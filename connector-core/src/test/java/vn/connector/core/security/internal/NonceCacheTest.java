package vn.connector.core.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NonceCacheTest {

  static final Instant T0 = Instant.parse("2026-11-24T00:00:00Z");

  @Test
  void refusesNonceSeenInsideTheWindowAndForgetsItAfterwards() {
    NonceCache cache = new NonceCache(10);
    cache.record("k", "n1", T0.plusSeconds(600), T0);
    assertThatThrownBy(() -> cache.record("k", "n1", T0.plusSeconds(600), T0.plusSeconds(599)))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("nonce replayed");
    cache.record("other-key", "n1", T0.plusSeconds(600), T0);
    cache.record("k", "n1", T0.plusSeconds(1200), T0.plusSeconds(601));
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void refusesRatherThanForgetsWhenFullOfLiveNonces() {
    NonceCache cache = new NonceCache(2);
    cache.record("k", "a", T0.plusSeconds(600), T0);
    cache.record("k", "b", T0.plusSeconds(600), T0);
    assertThatThrownBy(() -> cache.record("k", "c", T0.plusSeconds(600), T0))
        .hasMessage("replay cache full");
    assertThatThrownBy(() -> cache.record("k", "a", T0.plusSeconds(600), T0))
        .hasMessage("nonce replayed");
    cache.record("k", "c", T0.plusSeconds(1300), T0.plusSeconds(700));
  }

  @Test
  void purgesEachNonceAtItsOwnExpiryWhateverTheInsertionOrder() {
    NonceCache cache = new NonceCache(3);
    cache.record("k", "late", T0.plusSeconds(1000), T0);
    cache.record("k", "early", T0.plusSeconds(100), T0);
    cache.record("k", "middle", T0.plusSeconds(200), T0);
    cache.record("k", "d", T0.plusSeconds(400), T0.plusSeconds(150));
    assertThat(cache.contains("k", "early", T0.plusSeconds(150))).isFalse();
    cache.record("k", "e", T0.plusSeconds(400), T0.plusSeconds(250));
    assertThat(cache.contains("k", "late", T0.plusSeconds(1000))).isTrue();
    assertThat(cache.contains("k", "late", T0.plusSeconds(1001))).isFalse();
    assertThat(cache.size()).isZero();
  }

  @Test
  void keysDoNotCollideAcrossKeyIdAndNonce() {
    NonceCache cache = new NonceCache(10);
    cache.record("a b", "c", T0.plusSeconds(600), T0);
    cache.record("a", "b c", T0.plusSeconds(600), T0);
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void acceptsOneOfManyConcurrentRecordsOfTheSameNonce() throws Exception {
    NonceCache cache = new NonceCache(1000);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> attempts = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        attempts.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    cache.record("k", "same", T0.plusSeconds(600), T0);
                    return true;
                  } catch (RuleViolation replayed) {
                    return false;
                  }
                }));
      }
      start.countDown();
      int accepted = 0;
      for (Future<Boolean> attempt : attempts) {
        accepted += attempt.get(10, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(accepted).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
