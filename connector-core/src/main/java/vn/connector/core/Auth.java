package vn.connector.core;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import vn.connector.core.internal.C06SignedBasicAuth;
import vn.connector.core.internal.TokenAuth;
import vn.connector.core.internal.TokenFetchers;

/**
 * How a call proves who the portal is. One strategy per national system, chosen by configuration;
 * the factories below cover every scheme of common.md, and {@link #token} builds the others from a
 * {@link TokenSource} and a {@link TokenPlacement}. Implementations are thread-safe.
 *
 * <pre>{@code
 * Auth lgsp = Auth.oauth2ClientCredentials(URI.create("https://lgsp.example.gov.vn/token"),
 *     "consumer-key", Secret.of(System.getenv("LGSP_SECRET")));
 * Auth lltp = Auth.bodyAuthKey(Secret.of(System.getenv("LLTP_AUTH_KEY")));
 * Auth dvcqg = Auth.token(TokenSource.of(support -> login(support)), TokenPlacement.sessionField("session"));
 * }</pre>
 */
public interface Auth {

  /**
   * Returns the request with credentials added. Called before every attempt, so that signed
   * timestamps are fresh.
   */
  HttpRequest apply(HttpRequest request, Support support);

  /**
   * Called when the service answered 401 to {@code rejected}, or its answer table said {@link
   * Verdict#renewAuth()}. Drops the cached credentials that request carried (unless another thread
   * has already replaced them) and says whether one more try with fresh ones may succeed: true for
   * fetched tokens and sessions, and the transport sends once more.
   */
  default boolean refresh(HttpRequest rejected) {
    return false;
  }

  /**
   * What the transport lends an auth strategy: the clock, the deadline and a way to fetch tokens.
   */
  interface Support {
    Clock clock();

    /** The call being authenticated (for error reports). */
    Call call();

    /**
     * Sends a request on the transport's pool, without auth, retries or interceptors, cut at the
     * call's deadline.
     *
     * @throws TransportException when the endpoint cannot be reached or the deadline passes
     */
    HttpResponse send(HttpRequest request);

    /**
     * The time left before the call's deadline; a token fetch or a wait for another thread's fetch
     * ends by then. Defaults to the default {@link RetryPolicy#deadline()}.
     */
    default Duration timeLeft() {
      return RetryPolicy.defaults().deadline();
    }
  }

  /**
   * A token from {@code source}, placed by {@code placement}; on a 401 or a {@link
   * Verdict#renewAuth()} the token is dropped and the call sent once more with a fresh one.
   */
  static Auth token(TokenSource source, TokenPlacement placement) {
    return new TokenAuth(source, placement, Map.of());
  }

  /**
   * {@code oauth2-client-credentials} (WSO2 LGSP/NGSP): {@code POST tokenUri} with Basic {@code
   * consumerKey:consumerSecret} and {@code grant_type=client_credentials}, then {@code
   * Authorization: Bearer}. The token is cached until shortly before it expires, and fetched once
   * more after a 401.
   */
  static Auth oauth2ClientCredentials(URI tokenUri, String consumerKey, Secret consumerSecret) {
    return token(
        TokenSource.oauth2ClientCredentials(tokenUri, consumerKey, consumerSecret),
        TokenPlacement.bearer());
  }

  /**
   * {@code lgsp-access-token}: the {@code lgspaccesstoken} header (base64 of the partner JSON) on
   * the token request (a form POST without Basic) and on every call, plus the bearer token.
   */
  static Auth lgspAccessToken(URI tokenUri, LgspCredentials credentials) {
    return new TokenAuth(
        TokenSource.lgsp(tokenUri, credentials),
        TokenPlacement.bearer(),
        Map.of("lgspaccesstoken", TokenFetchers.lgspHeader(credentials)));
  }

  /**
   * {@code token-type-header} (the VNPost SDK): the oauth2 token request, then {@code
   * Authorization: <token_type> <access_token>}.
   */
  static Auth tokenTypeHeader(URI tokenUri, String consumerKey, Secret consumerSecret) {
    return token(
        TokenSource.oauth2ClientCredentials(tokenUri, consumerKey, consumerSecret),
        TokenPlacement.typed());
  }

  /** {@code access-token-header}: the oauth2 token request, then {@code access_token: <token>}. */
  static Auth accessTokenHeader(URI tokenUri, String consumerKey, Secret consumerSecret) {
    return token(
        TokenSource.oauth2ClientCredentials(tokenUri, consumerKey, consumerSecret),
        TokenPlacement.header("access_token"));
  }

  /** {@code body-auth-key} (LLTP): an {@code authKey} field in every JSON body, no auth header. */
  static Auth bodyAuthKey(Secret authKey) {
    return token(TokenSource.fixed(authKey), TokenPlacement.jsonBodyField("authKey"));
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
