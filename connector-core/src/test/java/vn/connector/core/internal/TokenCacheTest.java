package vn.connector.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.connector.core.Auth;
import vn.connector.core.Call;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.MutableClock;
import vn.connector.core.TokenSource;

class TokenCacheTest {

  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final AtomicInteger fetches = new AtomicInteger();

  /** Each fetch gives a new token valid for ten minutes from the clock's now. */
  private final TokenCache cache =
      new TokenCache(
          support ->
              new TokenSource.Token(
                  "token-" + fetches.incrementAndGet(),
                  "Bearer",
                  support.clock().instant().plus(Duration.ofMinutes(10))),
          Duration.ofSeconds(30));

  private final Auth.Support support =
      new Auth.Support() {
        @Override
        public Clock clock() {
          return clock;
        }

        @Override
        public Call call() {
          return Call.builder("test", "op").build();
        }

        @Override
        public HttpResponse send(HttpRequest request) {
          throw new AssertionError("the fetcher sends nothing");
        }
      };

  @Test
  void servesTheHeldTokenUntilItsMarginBeforeExpiryThenFetchesOnce() {
    assertThat(cache.get(support).value()).isEqualTo("token-1");
    clock.advance(Duration.ofMinutes(9).plusSeconds(29));
    assertThat(cache.get(support).value()).isEqualTo("token-1");

    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.get(support).value()).isEqualTo("token-2");
    assertThat(cache.get(support).value()).isEqualTo("token-2");
    assertThat(fetches).hasValue(2);
  }

  @Test
  void manyCallersWithAGoodTokenAllGetItAndNothingIsFetchedAgain() throws Exception {
    cache.get(support);
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> got = new ArrayList<>();
      for (int i = 0; i < 8_000; i++) {
        got.add(callers.submit(() -> cache.get(support).value()));
      }
      for (Future<String> g : got) {
        assertThat(g.get()).isEqualTo("token-1");
      }
    } finally {
      callers.shutdownNow();
    }
    assertThat(fetches).hasValue(1);
  }

  @Test
  void aRefusalDropsOnlyTheTokenTheRefusedRequestCarried() {
    String first = cache.get(support).value();
    HttpRequest other =
        HttpRequest.get(java.net.URI.create("http://127.0.0.1/x"))
            .header("Authorization", "Bearer something-else")
            .build();
    cache.invalidate(other);
    assertThat(cache.get(support).value()).isEqualTo(first);

    HttpRequest refused =
        HttpRequest.get(java.net.URI.create("http://127.0.0.1/x"))
            .header("Authorization", "Bearer " + first)
            .build();
    cache.invalidate(refused);
    assertThat(cache.get(support).value()).isEqualTo("token-2");
    assertThat(fetches).hasValue(2);
  }
}
