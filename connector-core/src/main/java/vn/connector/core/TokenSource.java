package vn.connector.core;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import vn.connector.core.internal.TokenCache;
import vn.connector.core.internal.TokenFetchers;

/**
 * Where a connector's tokens come from: fetches one, keeps it until shortly before it expires, and
 * fetches again after the service refused it. Thread-safe: one fetch at a time, and callers that
 * wait for another thread's fetch wait no longer than their own call's deadline. A token fetch runs
 * inside the call, under its retry policy and deadline; a 5xx answer or no answer from the token
 * endpoint ends the call as "token endpoint unavailable" (retryable), never as "credentials
 * refused".
 *
 * <pre>{@code
 * TokenSource vnpost = TokenSource.oauth2ClientCredentials(
 *     URI.create("https://ngsp.example.gov.vn/token"), "consumer-key", Secret.of(secret));
 * Auth auth = Auth.token(vnpost, TokenPlacement.typed());        // Authorization: <token_type> <token>
 * TokenSource session = TokenSource.of(support -> login(support)); // DVCQG style A, a connector's own
 * }</pre>
 */
public final class TokenSource {

  /** Fetches a new token; runs on the call's transport, so its deadline and pool apply. */
  @FunctionalInterface
  public interface Fetcher {
    /**
     * @throws ConnectorException when the endpoint refuses or cannot be reached
     */
    Token fetch(Auth.Support support);
  }

  /**
   * A token as issued. {@code toString} never shows the value.
   *
   * @param value the token itself
   * @param type the {@code token_type} (such as {@code Bearer}); what {@link
   *     TokenPlacement#typed()} writes before the token
   * @param expiresAt when the issuer says it expires ({@link Instant#MAX} for tokens that do not)
   */
  public record Token(String value, String type, Instant expiresAt) {
    public Token {
      Objects.requireNonNull(value, "value");
      if (value.isEmpty()) {
        throw new IllegalArgumentException("value: must not be empty");
      }
      type = type == null || type.isBlank() ? "Bearer" : type.strip();
      Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
      return "Token[" + type + " ****, expires " + expiresAt + "]";
    }
  }

  /** Refetch this long before expiry by default, so that a token does not expire in flight. */
  public static final Duration DEFAULT_MARGIN = Duration.ofSeconds(30);

  private final TokenCache cache;
  private final boolean renewable;

  private TokenSource(Fetcher fetcher, Duration margin, boolean renewable) {
    this.cache = new TokenCache(fetcher, margin);
    this.renewable = renewable;
  }

  /** A source around a connector's own fetch, with the default margin. */
  public static TokenSource of(Fetcher fetcher) {
    return new TokenSource(Objects.requireNonNull(fetcher, "fetcher"), DEFAULT_MARGIN, true);
  }

  /**
   * A source with its own margin: a token is fetched again {@code margin} before it expires (at
   * most a quarter of its life). Raise it when calls take long; lower it for very short tokens.
   */
  public static TokenSource of(Fetcher fetcher, Duration margin) {
    Objects.requireNonNull(margin, "margin");
    if (margin.isNegative()) {
      throw new IllegalArgumentException("margin: must not be negative, was " + margin);
    }
    return new TokenSource(Objects.requireNonNull(fetcher, "fetcher"), margin, true);
  }

  /**
   * {@code oauth2-client-credentials} (WSO2 LGSP/NGSP, VNPost): {@code POST tokenUri} with Basic
   * {@code consumerKey:consumerSecret} and {@code grant_type=client_credentials} → {@code
   * access_token}, {@code expires_in}, {@code token_type}.
   */
  public static TokenSource oauth2ClientCredentials(
      URI tokenUri, String consumerKey, Secret consumerSecret) {
    return of(TokenFetchers.oauth2(tokenUri, consumerKey, consumerSecret));
  }

  /**
   * {@code lgsp-access-token}: the token request is a form POST without Basic that carries the
   * {@code lgspaccesstoken} header.
   */
  public static TokenSource lgsp(URI tokenUri, LgspCredentials credentials) {
    return of(TokenFetchers.lgsp(tokenUri, credentials));
  }

  /** A configured token that never expires ({@code static-bearer}, the LLTP {@code authKey}). */
  public static TokenSource fixed(Secret value) {
    Objects.requireNonNull(value, "value");
    Token token = new Token(value.reveal(), "Bearer", Instant.MAX);
    return new TokenSource(support -> token, Duration.ZERO, false);
  }

  /**
   * The current token, fetched when there is none or it is about to expire. Waits for another
   * thread's fetch at most until the call's deadline ({@link Auth.Support#timeLeft()}).
   *
   * @throws TransportException when the deadline passes first
   */
  public Token token(Auth.Support support) {
    return cache.get(Objects.requireNonNull(support, "support"));
  }

  /**
   * Drops the cached token if {@code rejected} carried it (in a header or in its body), so that the
   * next call fetches a new one; a token another thread has already replaced stays.
   *
   * @return whether a new fetch may give another token (false for {@link #fixed} tokens: a refused
   *     configured token is not sent again)
   */
  public boolean invalidate(HttpRequest rejected) {
    cache.invalidate(Objects.requireNonNull(rejected, "rejected"));
    return renewable;
  }
}
