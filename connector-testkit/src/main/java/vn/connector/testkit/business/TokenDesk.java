package vn.connector.testkit.business;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The WSO2-style token endpoint of the gateway ({@code oauth2-client-credentials}, common.md):
 * issues bearer tokens to the one test consumer and checks them on every API call. Thread-safe.
 */
final class TokenDesk {

  static final Duration LIFETIME = Duration.ofHours(1);

  private final String expectedBasic;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
  private final AtomicInteger issued = new AtomicInteger();
  private volatile boolean stale;

  TokenDesk(String consumerKey, String consumerSecret, Clock clock) {
    String pair = consumerKey + ":" + consumerSecret;
    this.expectedBasic =
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    this.clock = clock;
  }

  /** Whether the token request carries the consumer's Basic credentials. */
  boolean acceptsClient(String authorization) {
    return expectedBasic.equals(authorization);
  }

  /** A fresh bearer token, valid for {@link #LIFETIME}. */
  String issue() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    expiries.put(token, stale ? clock.instant() : clock.instant().plus(LIFETIME));
    issued.incrementAndGet();
    return token;
  }

  /** Whether {@code authorization} is {@code Bearer <a token issued here and not expired>}. */
  boolean accepts(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    Instant expiry = expiries.get(authorization.substring("Bearer ".length()).strip());
    return expiry != null && clock.instant().isBefore(expiry);
  }

  /** Makes every token issued so far expired, as if its lifetime had run out. */
  void expireAll() {
    Instant now = clock.instant();
    expiries.replaceAll((token, expiry) -> now);
  }

  /** When on, tokens are issued already expired. */
  void issueStale(boolean stale) {
    this.stale = stale;
  }

  /** How many tokens were issued since start. */
  int issuedCount() {
    return issued.get();
  }
}
