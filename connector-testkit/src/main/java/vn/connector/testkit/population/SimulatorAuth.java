package vn.connector.testkit.population;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Request;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Enforces the simulator's auth exactly as the national side does: {@code c06-signed-basic} on the
 * direct path, bearer + {@code lgspaccesstoken} on the LGSP paths, and issues LGSP tokens.
 */
final class SimulatorAuth {

  /** Timestamp window of c06-signed-basic (modelled in common.md). */
  static final long MAX_SKEW_MILLIS = 300_000;

  private final Credentials credentials;

  /** Known only once the server has bound its port. */
  private volatile String authUrl;

  private final Clock clock;

  /** LGSP tokens live this long (the expires_in of each token answer), then are refused. */
  static final java.time.Duration TOKEN_LIFETIME = java.time.Duration.ofHours(1);

  private final java.util.Map<String, java.time.Instant> tokens = new ConcurrentHashMap<>();
  private final ObjectMapper json = new ObjectMapper();

  SimulatorAuth(Credentials credentials, Clock clock) {
    this.credentials = credentials;
    this.clock = clock;
  }

  /** The X-Road client this service accepts, {@code VN/GOV/<agency>/<subsystem>} (modelled). */
  String xRoadClient() {
    return credentials.xRoadClient();
  }

  void authUrl(String signedUrl) {
    this.authUrl = signedUrl;
  }

  /** Null when the direct call may proceed, else why it is refused. */
  String checkC06(Request r) {
    String timestamp = r.getHeader("Timestamp");
    String authorization = r.getHeader("Authorization");
    if (r.getHeader("ApiKey") == null || !credentials.apiKey().equals(r.getHeader("ApiKey"))) {
      return "missing or wrong ApiKey";
    }
    if (!credentials.xRoadClient().equals(r.getHeader("X-Road-Client"))) {
      return "missing or wrong X-Road-Client";
    }
    if (timestamp == null || !timestamp.matches("[0-9]{1,15}")) {
      return "missing Timestamp";
    }
    if (Math.abs(clock.millis() - Long.parseLong(timestamp)) > MAX_SKEW_MILLIS) {
      return "stale Timestamp";
    }
    if (authorization == null || !authorization.startsWith("Basic ")) {
      return "missing Basic authorization";
    }
    String pair;
    try {
      pair =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "unreadable Basic authorization";
    }
    int colon = pair.indexOf(':');
    if (colon < 0 || !credentials.user().equals(pair.substring(0, colon))) {
      return "unknown user";
    }
    String expected = sha256Hex(authUrl + credentials.user() + timestamp + credentials.secret());
    boolean same =
        MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            pair.substring(colon + 1).getBytes(StandardCharsets.US_ASCII));
    return same ? null : "bad signature";
  }

  /** Null when the LGSP call may proceed, else why it is refused. */
  String checkLgsp(Request r) {
    String authorization = r.getHeader("Authorization");
    if (authorization == null
        || !authorization.startsWith("Bearer ")
        || !live(authorization.substring(7).strip())) {
      return "missing or unknown bearer token";
    }
    return checkAccessToken(r);
  }

  /** A new token for a well-formed token request, or null. */
  String issueToken(Request r) {
    String body = r.getBodyAsString();
    if (checkAccessToken(r) != null
        || body == null
        || !body.contains("grant_type=client_credentials")) {
      return null;
    }
    String token = UUID.randomUUID().toString();
    tokens.put(token, clock.instant().plus(TOKEN_LIFETIME));
    return token;
  }

  private boolean live(String token) {
    java.time.Instant expiry = tokens.get(token);
    return expiry != null && clock.instant().isBefore(expiry);
  }

  /** Makes every token issued so far expired. */
  void expireTokens() {
    java.time.Instant now = clock.instant();
    tokens.replaceAll((t, e) -> now);
  }

  private String checkAccessToken(Request r) {
    String header = r.getHeader("lgspaccesstoken");
    if (header == null) {
      return "missing lgspaccesstoken";
    }
    try {
      JsonNode n = json.readTree(Base64.getDecoder().decode(header.strip()));
      boolean ok =
          credentials.lgspAccessKey().equals(n.path("AccessKey").asText())
              && credentials.lgspSecretKey().equals(n.path("SecretKey").asText())
              && credentials.lgspAppName().equals(n.path("AppName").asText())
              && credentials.lgspPartnerCode().equals(n.path("PartnerCode").asText())
              && credentials.lgspPartnerCodeCus().equals(n.path("PartnerCodeCus").asText());
      return ok ? null : "wrong lgspaccesstoken";
    } catch (java.io.IOException | IllegalArgumentException e) {
      return "unreadable lgspaccesstoken";
    }
  }

  static String sha256Hex(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
