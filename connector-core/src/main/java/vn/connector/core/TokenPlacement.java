package vn.connector.core;

import java.util.Objects;
import vn.connector.core.internal.JsonBodyField;

/**
 * Where a token goes on the request: the schemes of common.md. Implementations are stateless and
 * thread-safe.
 *
 * <pre>{@code
 * Auth lltp = Auth.token(TokenSource.fixed(Secret.of(authKey)), TokenPlacement.jsonBodyField("authKey"));
 * Auth vnpost = Auth.token(vnpostTokens, TokenPlacement.typed());
 * Auth province = Auth.token(vnpostTokens, TokenPlacement.header("access_token"));
 * }</pre>
 */
@FunctionalInterface
public interface TokenPlacement {

  /** The request with the token on it. */
  HttpRequest place(HttpRequest request, TokenSource.Token token);

  /** {@code Authorization: Bearer <token>} (oauth2-client-credentials, static-bearer). */
  static TokenPlacement bearer() {
    return (request, token) -> request.withHeader("Authorization", "Bearer " + token.value());
  }

  /** {@code Authorization: <token_type> <token>} (token-type-header, the VNPost SDK). */
  static TokenPlacement typed() {
    return (request, token) ->
        request.withHeader("Authorization", token.type() + " " + token.value());
  }

  /** The token alone in a header of its own ({@code access_token: <token>}). */
  static TokenPlacement header(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
    return (request, token) -> request.withHeader(name, token.value());
  }

  /**
   * A top-level field of the JSON object body ({@code "authKey"} of the criminal-record system),
   * set before the body is signed or digested. A request without a JSON object body is refused.
   */
  static TokenPlacement jsonBodyField(String name) {
    return new JsonBodyField(name, HttpRequest.BODIES);
  }

  /**
   * The session field of a JSON body (DVCQG style A: {@code "session"}); the same as {@link
   * #jsonBodyField}, named for what it holds. Renewed when the answer table says {@link
   * Verdict#renewAuth()}.
   */
  static TokenPlacement sessionField(String name) {
    return jsonBodyField(name);
  }
}
