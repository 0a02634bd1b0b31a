package vn.connector.testkit.postal;

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
 * One token endpoint of the simulator: VNPost's own (its {@code token_type} is written in lower
 * case, {@code bearer}, so a client must send it back as given) or the LGSP's ({@code Bearer}).
 * Thread-safe.
 */
final class PostalTokens {

  static final Duration LIFETIME = Duration.ofHours(1);

  private final String expectedBasic;
  private final String tokenType;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
  private final AtomicInteger issued = new AtomicInteger();

  PostalTokens(String clientId, String secret, String tokenType, Clock clock) {
    String pair = clientId + ":" + secret;
    this.expectedBasic =
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    this.tokenType = tokenType;
    this.clock = clock;
  }

  boolean acceptsClient(String authorization) {
    return expectedBasic.equals(authorization);
  }

  String tokenType() {
    return tokenType;
  }

  String issue() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    expiries.put(token, clock.instant().plus(LIFETIME));
    issued.incrementAndGet();
    return token;
  }

  /** Whether {@code authorization} is exactly {@code <token_type> <live token>}. */
  boolean acceptsAuthorization(String authorization) {
    String prefix = tokenType + " ";
    return authorization != null
        && authorization.startsWith(prefix)
        && accepts(authorization.substring(prefix.length()));
  }

  /** Whether {@code token} (an {@code access_token} header) is live. */
  boolean accepts(String token) {
    Instant expiry = token == null ? null : expiries.get(token);
    return expiry != null && clock.instant().isBefore(expiry);
  }

  void expireAll() {
    Instant now = clock.instant();
    expiries.replaceAll((t, e) -> now);
  }

  int issuedCount() {
    return issued.get();
  }
}
