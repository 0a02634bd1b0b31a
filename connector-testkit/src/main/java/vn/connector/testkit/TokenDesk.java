package vn.connector.testkit;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.connector.core.internal.Json;

/**
 * The token endpoint of a simulated gateway, for every token scheme of common.md: {@code
 * oauth2-client-credentials} (Basic consumer key and secret), {@code lgsp-access-token} (the {@code
 * lgspaccesstoken} header, no Basic), and {@code token_type} tokens sent back as {@code
 * <token_type> <token>}. Issues tokens that expire, checks them on every API call, and has its own
 * faults (a token endpoint that hangs or answers 503). Thread-safe.
 *
 * <pre>{@code
 * TokenDesk desk = TokenDesk.oauth2("portal-test-consumer", "portal-test-secret", clock)
 *     .tokenType("Bearer").lifetime(Duration.ofHours(1));
 * TokenDesk.Answer a = desk.answer("POST", authorizationHeader, null, "grant_type=client_credentials");
 * boolean ok = desk.accepts("Bearer " + token);
 * desk.faults().next(SimulatorFault.hang());
 * }</pre>
 */
public final class TokenDesk {

  /** An answer of the token endpoint: status and JSON body (as a map). */
  public record Answer(int status, Map<String, Object> body) {
    public Answer {
      body = Map.copyOf(body);
    }
  }

  private final String expectedBasic;
  private final String expectedLgspHeader;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
  private final AtomicInteger issued = new AtomicInteger();
  private final FaultInjector faults = new FaultInjector();
  private volatile String tokenType = "Bearer";
  private volatile Duration lifetime = Duration.ofHours(1);
  private volatile boolean stale;

  private TokenDesk(String expectedBasic, String expectedLgspHeader, Clock clock) {
    this.expectedBasic = expectedBasic;
    this.expectedLgspHeader = expectedLgspHeader;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** {@code oauth2-client-credentials}: the token request must carry Basic {@code key:secret}. */
  public static TokenDesk oauth2(String consumerKey, String consumerSecret, Clock clock) {
    String pair = consumerKey + ":" + consumerSecret;
    return new TokenDesk(
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)),
        null,
        clock);
  }

  /** {@code lgsp-access-token}: the token request must carry this {@code lgspaccesstoken}. */
  public static TokenDesk lgsp(String expectedLgspHeader, Clock clock) {
    return new TokenDesk(null, Objects.requireNonNull(expectedLgspHeader, "header"), clock);
  }

  /** The {@code token_type} issued and expected before the token (default {@code Bearer}). */
  public TokenDesk tokenType(String type) {
    this.tokenType = Objects.requireNonNull(type, "type");
    return this;
  }

  /** How long tokens live (default 1 hour); the {@code expires_in} of each answer. */
  public TokenDesk lifetime(Duration lifetime) {
    this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    return this;
  }

  /** Faults of the token endpoint itself, drawn once per token request. */
  public FaultInjector faults() {
    return faults;
  }

  /** The answer to a token request. */
  public Answer answer(String method, String authorization, String lgspHeader, String form) {
    if (!"POST".equals(method)) {
      return error(405, "invalid_request", "POST only");
    }
    boolean client =
        expectedBasic != null
            ? expectedBasic.equals(authorization)
            : expectedLgspHeader.equals(lgspHeader) && authorization == null;
    if (!client) {
      return error(401, "invalid_client", "Client Authentication failed.");
    }
    if (form == null || !List.of(form.split("&")).contains("grant_type=client_credentials")) {
      return error(400, "unsupported_grant_type", "Unsupported grant_type value");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", issue());
    body.put("expires_in", lifetime.toSeconds());
    body.put("token_type", tokenType);
    body.put("scope", "default");
    return new Answer(200, body);
  }

  private static Answer error(int status, String error, String description) {
    return new Answer(status, Map.of("error", error, "error_description", description));
  }

  private String issue() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    expiries.put(token, stale ? clock.instant() : clock.instant().plus(lifetime));
    issued.incrementAndGet();
    return token;
  }

  /**
   * The WireMock answer to a token request, its faults applied: what a simulator's transformer
   * returns for its token path.
   */
  public ResponseDefinition respond(Request request) {
    Answer a =
        answer(
            request.getMethod().getName(),
            request.getHeader("Authorization"),
            request.getHeader("lgspaccesstoken"),
            request.getBodyAsString());
    ResponseDefinition normal =
        WireMock.aResponse()
            .withStatus(a.status())
            .withHeader("Content-Type", "application/json; charset=utf-8")
            .withBody(Json.write(a.body()))
            .build();
    return faults
        .draw()
        .map(f -> WireMockFaults.apply(f, normal, normal.getByteBody()))
        .orElse(normal);
  }

  /** Whether {@code authorization} is {@code <token_type> <a token issued here, not expired>}. */
  public boolean accepts(String authorization) {
    String prefix = tokenType + " ";
    return authorization != null
        && authorization.startsWith(prefix)
        && acceptsToken(authorization.substring(prefix.length()).strip());
  }

  /** Whether {@code token} was issued here and has not expired (an {@code access_token} header). */
  public boolean acceptsToken(String token) {
    Instant expiry = token == null ? null : expiries.get(token);
    return expiry != null && clock.instant().isBefore(expiry);
  }

  /** Makes every token issued so far expired, as if its lifetime had run out. */
  public void expireAll() {
    Instant now = clock.instant();
    expiries.replaceAll((token, expiry) -> now);
  }

  /** When on, tokens are issued already expired (key manager and API nodes disagree). */
  public void issueStale(boolean stale) {
    this.stale = stale;
  }

  /** How many tokens were issued since start. */
  public int issuedCount() {
    return issued.get();
  }

  /** Stops issuing stale tokens and clears the token faults; issued tokens stay valid. */
  public void reset() {
    stale = false;
    faults.clear();
  }
}
