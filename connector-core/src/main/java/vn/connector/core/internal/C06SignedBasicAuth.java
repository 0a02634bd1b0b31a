package vn.connector.core.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import vn.connector.core.Auth;
import vn.connector.core.HttpRequest;
import vn.connector.core.Secret;

/**
 * {@code c06-signed-basic}, as the direct C06 endpoint expects it (common.md). The client seen in
 * public code computed the timestamp once at start-up, so its signature went stale; this one
 * computes it for every attempt.
 */
public final class C06SignedBasicAuth implements Auth {

  private final String user;
  private final Secret secret;
  private final Secret apiKey;
  private final String xRoadClient;
  private final URI authUrl;

  public C06SignedBasicAuth(
      String user, Secret secret, Secret apiKey, String xRoadClient, URI authUrl) {
    this.user = Objects.requireNonNull(user, "user");
    this.secret = Objects.requireNonNull(secret, "secret");
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.xRoadClient = Objects.requireNonNull(xRoadClient, "xRoadClient");
    this.authUrl = authUrl;
  }

  @Override
  public HttpRequest apply(HttpRequest request, Support support) {
    String timestamp = Long.toString(support.clock().millis());
    String signedUrl = signedUrl(authUrl != null ? authUrl : request.uri());
    String signature = Hex.sha256(signedUrl + user + timestamp + secret.reveal());
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + signature).getBytes(StandardCharsets.UTF_8));
    return request.withHeaders(
        Map.of(
            "Timestamp",
            timestamp,
            "Authorization",
            "Basic " + basic,
            "ApiKey",
            apiKey.reveal(),
            "X-Road-Client",
            xRoadClient));
  }

  /** Scheme, host, port if any, path; no query (common.md). */
  public static String signedUrl(URI uri) {
    StringBuilder b =
        new StringBuilder().append(uri.getScheme()).append("://").append(uri.getHost());
    if (uri.getPort() != -1) {
      b.append(':').append(uri.getPort());
    }
    return b.append(uri.getRawPath() == null ? "" : uri.getRawPath()).toString();
  }
}
