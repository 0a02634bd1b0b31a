package vn.connector.core.internal;

import java.util.Map;
import java.util.Objects;
import vn.connector.core.Auth;
import vn.connector.core.HttpRequest;
import vn.connector.core.TokenPlacement;
import vn.connector.core.TokenSource;

/** {@link Auth#token}: a token from a source, put where the system wants it, renewed on refusal. */
public final class TokenAuth implements Auth {

  private final TokenSource source;
  private final TokenPlacement placement;
  private final Map<String, String> headers;

  /**
   * @param headers fixed headers that go on every call beside the token ({@code lgspaccesstoken})
   */
  public TokenAuth(TokenSource source, TokenPlacement placement, Map<String, String> headers) {
    this.source = Objects.requireNonNull(source, "source");
    this.placement = Objects.requireNonNull(placement, "placement");
    this.headers = Map.copyOf(headers);
  }

  @Override
  public HttpRequest apply(HttpRequest request, Support support) {
    HttpRequest out = placement.place(request, source.token(support));
    return headers.isEmpty() ? out : out.withHeaders(headers);
  }

  @Override
  public boolean refresh(HttpRequest rejected) {
    return source.invalidate(rejected);
  }
}
