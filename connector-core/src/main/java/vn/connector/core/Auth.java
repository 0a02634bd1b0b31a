package vn.connector.core;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import vn.connector.core.internal.C06SignedBasicAuth;
import vn.connector.core.internal.TokenAuth;

/**
 * How a call proves who the portal is. One strategy per national system, chosen by configuration;
 * the factories below cover every scheme seen in use. Implementations are thread-safe.
 *
 * <pre>{@code
 * Auth lgsp = Auth.oauth2ClientCredentials(URI.create("https://lgsp.example.gov.vn/token"),
 *     "consumer-key", Secret.of(System.getenv("LGSP_SECRET")));
 * }</pre>
 */
public interface Auth {

  /**
   * Returns the request with credentials added. Called before every attempt, so that signed
   * timestamps are fresh.
   */
  HttpRequest apply(HttpRequest request, Support support);

  /**
   * Called when the service answered 401 to {@code rejected}. Drops the cached credentials that
   * request carried (unless another thread has already replaced them) and says whether one more try
   * with fresh ones may succeed: true for token schemes, and the transport retries once.
   */
  default boolean refresh(HttpRequest rejected) {
    return false;
  }

  /** What the transport lends an auth strategy: the clock and a way to fetch tokens. */
  interface Support {
    Clock clock();

    /** The call being authenticated (for error reports). */
    Call call();

    /** Sends a request on the transport's pool, without auth, retries or interceptors. */
    HttpResponse send(HttpRequest request);
  }

  /**
   * {@code oauth2-client-credentials} (WSO2 LGSP/NGSP): {@code POST tokenUri} with Basic {@code
   * consumerKey:consumerSecret} and {@code grant_type=client_credentials}, then {@code
   * Authorization: Bearer}. The token is cached until shortly before it expires, and fetched once
   * more after a 401.
   */
  static Auth oauth2ClientCredentials(URI tokenUri, String consumerKey, Secret consumerSecret) {
    return TokenAuth.oauth2(tokenUri, consumerKey, consumerSecret);
  }

  /**
   * {@code lgsp-access-token}: the {@code lgspaccesstoken} header (base64 of the partner JSON) on
   * the token request (a form POST without Basic) and on every call, plus the bearer token.
   */
  static Auth lgspAccessToken(URI tokenUri, LgspCredentials credentials) {
    return TokenAuth.lgsp(tokenUri, credentials);
  }

  /**
   * {@code c06-signed-basic} (direct C06): {@code Timestamp} (epoch millis, computed for every
   * request), {@code Authorization: Basic base64(user:hex(SHA-256(authUrl + user + timestamp +
   * secret)))}, {@code ApiKey} and {@code X-Road-Client}.
   *
   * @param authUrl the "xác thực" URL signed over; null to use each request's own URL (scheme,
   *     host, port, path, no query)
   */
  static Auth c06SignedBasic(
      String user, Secret secret, Secret apiKey, String xRoadClient, URI authUrl) {
    return new C06SignedBasicAuth(user, secret, apiKey, xRoadClient, authUrl);
  }

  /** {@code static-bearer}: {@code Authorization: Bearer <token>}. */
  static Auth staticBearer(Secret token) {
    Objects.requireNonNull(token, "token");
    return (request, support) -> request.withHeader("Authorization", "Bearer " + token.reveal());
  }

  /** {@code none}: endpoints on the dedicated network that take no auth header. */
  static Auth none() {
    return (request, support) -> request;
  }
}
