package vn.connector.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.connector.core.Auth;
import vn.connector.core.Call;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.LgspCredentials;
import vn.connector.core.ResponseException;
import vn.connector.core.Secret;
import vn.connector.core.ServiceException;

/**
 * Bearer tokens from a client-credentials token endpoint, cached until shortly before expiry:
 * {@code oauth2-client-credentials} and its {@code lgsp-access-token} variant.
 */
public final class TokenAuth implements Auth {

  /** Refetch this long before the token expires, so it does not expire in flight. */
  private static final Duration MARGIN = Duration.ofSeconds(30);

  private final URI tokenUri;
  private final String basicAuthorization;
  private final String lgspHeader;
  private final Object lock = new Object();
  private String token;
  private Instant expiresAt = Instant.MIN;

  private TokenAuth(URI tokenUri, String basicAuthorization, String lgspHeader) {
    this.tokenUri = Objects.requireNonNull(tokenUri, "tokenUri");
    this.basicAuthorization = basicAuthorization;
    this.lgspHeader = lgspHeader;
  }

  public static TokenAuth oauth2(URI tokenUri, String consumerKey, Secret consumerSecret) {
    Objects.requireNonNull(consumerKey, "consumerKey");
    Objects.requireNonNull(consumerSecret, "consumerSecret");
    String pair = consumerKey + ":" + consumerSecret.reveal();
    return new TokenAuth(tokenUri, "Basic " + base64(pair.getBytes(StandardCharsets.UTF_8)), null);
  }

  public static TokenAuth lgsp(URI tokenUri, LgspCredentials c) {
    Objects.requireNonNull(c, "credentials");
    Map<String, String> json = new LinkedHashMap<>();
    json.put("AccessKey", c.accessKey());
    json.put("SecretKey", c.secretKey().reveal());
    json.put("AppName", c.appName());
    json.put("PartnerCode", c.partnerCode());
    json.put("PartnerCodeCus", c.partnerCodeCus());
    return new TokenAuth(tokenUri, null, base64(Json.write(json)));
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public HttpRequest apply(HttpRequest request, Support support) {
    HttpRequest out = request.withHeader("Authorization", "Bearer " + currentToken(support));
    return lgspHeader == null ? out : out.withHeader("lgspaccesstoken", lgspHeader);
  }

  @Override
  public boolean refresh(HttpRequest rejected) {
    String sent = rejected.header("Authorization").orElse("");
    synchronized (lock) {
      // Only drop the token that was refused: another thread may already have fetched a new one,
      // and throwing that away would send a burst of token requests (WSO2 may revoke on reissue).
      if (token != null && sent.equals("Bearer " + token)) {
        token = null;
        expiresAt = Instant.MIN;
      }
    }
    return true;
  }

  private String currentToken(Support support) {
    synchronized (lock) {
      Instant now = support.clock().instant();
      if (token == null || !now.isBefore(expiresAt)) {
        fetch(support, now);
      }
      return token;
    }
  }

  private void fetch(Support support, Instant now) {
    HttpRequest.Builder b =
        HttpRequest.post(tokenUri)
            .header("Accept", "application/json")
            .body("grant_type=client_credentials", "application/x-www-form-urlencoded");
    if (basicAuthorization != null) {
      b.header("Authorization", basicAuthorization);
    }
    if (lgspHeader != null) {
      b.header("lgspaccesstoken", lgspHeader);
    }
    HttpResponse r = support.send(b.build());
    Call call = support.call();
    if (!r.isSuccess()) {
      throw new ServiceException(
          call,
          r.status(),
          null,
          "token endpoint refused the credentials",
          r.status() >= 500,
          Hints.TOKEN_REFUSED);
    }
    JsonNode body;
    try {
      body = Json.mapper().readTree(r.body());
    } catch (java.io.IOException e) {
      throw new ResponseException(call, "token endpoint answered unreadable JSON", r.status(), e);
    }
    JsonNode accessToken = body == null ? null : body.get("access_token");
    if (accessToken == null || accessToken.asText().isEmpty()) {
      throw new ResponseException(
          call, "token endpoint answered without access_token", r.status(), null);
    }
    long seconds = body.path("expires_in").asLong(300);
    Duration life = Duration.ofSeconds(Math.max(seconds, 1));
    Duration margin = life.compareTo(MARGIN.multipliedBy(4)) < 0 ? life.dividedBy(4) : MARGIN;
    token = accessToken.asText();
    expiresAt = now.plus(life).minus(margin);
  }
}
