package vn.connector.testkit.civilregistry;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The interlinked service's tokens and refresh tokens, on the simulator's clock. Thread-safe. */
final class DvcltTokens {

  static final Duration TOKEN_LIFE = Duration.ofMinutes(30);
  static final Duration REFRESH_LIFE = Duration.ofDays(1);

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
  private final Map<String, Instant> refreshTokens = new ConcurrentHashMap<>();
  private final AtomicInteger logins = new AtomicInteger();
  private final AtomicInteger refreshes = new AtomicInteger();

  DvcltTokens(Clock clock) {
    this.clock = clock;
  }

  /** A fresh pair: token and refresh token, with the refresh token's expiry. */
  record Pair(String token, String refreshToken, Instant refreshExpiry) {}

  Pair login() {
    logins.incrementAndGet();
    return issue();
  }

  /** A new pair for a refresh token still valid, or null. */
  Pair refresh(String refreshToken) {
    Instant expiry = refreshToken == null ? null : refreshTokens.remove(refreshToken);
    if (expiry == null || !clock.instant().isBefore(expiry)) {
      return null;
    }
    refreshes.incrementAndGet();
    return issue();
  }

  boolean accepts(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    Instant expiry = tokens.get(authorization.substring(7).strip());
    return expiry != null && clock.instant().isBefore(expiry);
  }

  void expireTokens() {
    Instant now = clock.instant();
    tokens.replaceAll((t, e) -> now);
  }

  void expireRefreshTokens() {
    Instant now = clock.instant();
    refreshTokens.replaceAll((t, e) -> now);
  }

  int logins() {
    return logins.get();
  }

  int refreshes() {
    return refreshes.get();
  }

  private Pair issue() {
    Instant now = clock.instant();
    String token = random();
    String refresh = random();
    tokens.put(token, now.plus(TOKEN_LIFE));
    refreshTokens.put(refresh, now.plus(REFRESH_LIFE));
    return new Pair(token, refresh, now.plus(REFRESH_LIFE));
  }

  private String random() {
    byte[] b = new byte[18];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
