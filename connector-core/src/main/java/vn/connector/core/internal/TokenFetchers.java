package vn.connector.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import vn.connector.core.TokenSource;
import vn.connector.core.TransportException;

/** The client-credentials token requests of common.md: oauth2 (Basic) and its LGSP variant. */
public final class TokenFetchers {

  private TokenFetchers() {}

  public static TokenSource.Fetcher oauth2(URI tokenUri, String consumerKey, Secret secret) {
    Objects.requireNonNull(tokenUri, "tokenUri");
    Objects.requireNonNull(consumerKey, "consumerKey");
    Objects.requireNonNull(secret, "consumerSecret");
    String pair = consumerKey + ":" + secret.reveal();
    String basic = "Basic " + base64(pair.getBytes(StandardCharsets.UTF_8));
    return support -> fetch(support, tokenRequest(tokenUri).header("Authorization", basic));
  }

  public static TokenSource.Fetcher lgsp(URI tokenUri, LgspCredentials c) {
    Objects.requireNonNull(tokenUri, "tokenUri");
    String header = lgspHeader(c);
    return support -> fetch(support, tokenRequest(tokenUri).header("lgspaccesstoken", header));
  }

  /**
   * base64 of the partner JSON, for the token request and every call of {@code lgsp-access-token}.
   */
  public static String lgspHeader(LgspCredentials c) {
    Objects.requireNonNull(c, "credentials");
    Map<String, String> json = new LinkedHashMap<>();
    json.put("AccessKey", c.accessKey());
    json.put("SecretKey", c.secretKey().reveal());
    json.put("AppName", c.appName());
    json.put("PartnerCode", c.partnerCode());
    json.put("PartnerCodeCus", c.partnerCodeCus());
    return base64(Json.write(json));
  }

  private static HttpRequest.Builder tokenRequest(URI tokenUri) {
    return HttpRequest.post(tokenUri)
        .header("Accept", "application/json")
        .body("grant_type=client_credentials", "application/x-www-form-urlencoded");
  }

  private static TokenSource.Token fetch(Auth.Support support, HttpRequest.Builder request) {
    HttpResponse r = support.send(request.build());
    Call call = support.call();
    int status = r.status();
    // A busy or broken endpoint is not a refusal of the credentials: the call may pass later.
    if (status >= 500 || status == 429) {
      throw new TransportException(
          call, "token endpoint unavailable (HTTP " + status + ")", true, null);
    }
    if (!r.isSuccess()) {
      throw new ServiceException(call, status, null, null, false, Hints.TOKEN_REFUSED);
    }
    JsonNode body;
    try {
      body = Json.mapper().readTree(r.body());
    } catch (IOException e) {
      throw new ResponseException(call, "token endpoint answered unreadable JSON", status, e);
    }
    JsonNode accessToken = body == null ? null : body.get("access_token");
    if (accessToken == null || accessToken.asText().isEmpty()) {
      throw new ResponseException(
          call, "token endpoint answered without access_token", status, null);
    }
    long seconds = body.path("expires_in").asLong(300);
    Duration life = Duration.ofSeconds(Math.max(seconds, 1));
    return new TokenSource.Token(
        accessToken.asText(),
        body.path("token_type").asText("Bearer"),
        support.clock().instant().plus(life));
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
