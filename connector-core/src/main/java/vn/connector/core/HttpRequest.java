package vn.connector.core;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import vn.connector.core.internal.BodyAccess;

/**
 * A request as it goes on the wire. Immutable; {@link #withHeader} returns a copy. Header names are
 * case-insensitive.
 *
 * <pre>{@code
 * HttpRequest request = HttpRequest.post(uri)
 *     .header("SOAPAction", "\"\"")
 *     .body(envelope, "application/xml; charset=utf-8")
 *     .build();
 * }</pre>
 *
 * @param method the HTTP method
 * @param uri the absolute URI
 * @param headers the headers, names case-insensitive
 * @param body the body bytes, empty for none
 */
public record HttpRequest(String method, URI uri, Map<String, List<String>> headers, byte[] body) {

  public HttpRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException("uri: must be absolute, was " + uri);
    }
    // A body this class already holds (a copy with another header) is shared, not cloned again.
    boolean owned = Headers.owns(headers, body);
    headers = Headers.copyOf(headers);
    body = body == null ? new byte[0] : owned ? body : body.clone();
  }

  /** The body bytes (a copy: what was signed or digested cannot change underneath). */
  @Override
  public byte[] body() {
    return body.clone();
  }

  public static Builder post(URI uri) {
    return new Builder("POST", uri);
  }

  public static Builder get(URI uri) {
    return new Builder("GET", uri);
  }

  public static Builder method(String method, URI uri) {
    return new Builder(method, uri);
  }

  /** The first value of a header. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** A copy with the header set (replacing any value it had). */
  public HttpRequest withHeader(String name, String value) {
    Map<String, List<String>> copy = Headers.mutableCopy(headers);
    copy.put(name, List.of(value));
    return new HttpRequest(method, uri, Headers.frozen(copy, body), body);
  }

  /**
   * A copy with each of {@code set} set (replacing any values they had): one copy of the headers
   * however many are set, where a chain of {@link #withHeader} calls copies them once each.
   */
  public HttpRequest withHeaders(Map<String, String> set) {
    Map<String, List<String>> copy = Headers.mutableCopy(headers);
    set.forEach(
        (name, value) ->
            copy.put(
                Objects.requireNonNull(name, "name"),
                List.of(Objects.requireNonNull(value, name))));
    return new HttpRequest(method, uri, Headers.frozen(copy, body), body);
  }

  /** A copy without the header. */
  public HttpRequest withoutHeader(String name) {
    Map<String, List<String>> copy = Headers.mutableCopy(headers);
    copy.remove(name);
    return new HttpRequest(method, uri, Headers.frozen(copy, body), body);
  }

  /** The SDK's internals' access to the body without copies (see {@link BodyAccess}). */
  static final BodyAccess BODIES =
      new BodyAccess() {
        @Override
        public byte[] body(HttpRequest request) {
          return request.body;
        }

        @Override
        public HttpRequest withBody(HttpRequest request, byte[] fresh) {
          return new HttpRequest(
              request.method,
              request.uri,
              Headers.frozen(Headers.mutableCopy(request.headers), fresh),
              fresh);
        }
      };

  /** A copy with another body (headers kept). */
  public HttpRequest withBody(byte[] newBody) {
    return new HttpRequest(method, uri, headers, newBody);
  }

  public boolean hasBody() {
    return body.length > 0;
  }

  @Override
  public String toString() {
    return method + " " + uri.getScheme() + "://" + uri.getAuthority() + uri.getRawPath();
  }

  /** Builds an {@link HttpRequest}. */
  public static final class Builder {
    private final String method;
    private final URI uri;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private byte[] body = new byte[0];

    private Builder(String method, URI uri) {
      this.method = Objects.requireNonNull(method, "method");
      this.uri = Objects.requireNonNull(uri, "uri");
    }

    /** Sets a header, replacing earlier values. */
    public Builder header(String name, String value) {
      headers.put(
          Objects.requireNonNull(name, "name"), List.of(Objects.requireNonNull(value, name)));
      return this;
    }

    public Builder body(byte[] bytes, String contentType) {
      this.body = Objects.requireNonNull(bytes, "body").clone();
      return header("Content-Type", contentType);
    }

    public Builder body(String text, String contentType) {
      // The encoded bytes are this builder's own: no copy of them is needed.
      this.body = text.getBytes(StandardCharsets.UTF_8);
      return header("Content-Type", contentType);
    }

    public HttpRequest build() {
      // The builder's body is its own copy and is only ever replaced, never written into.
      return new HttpRequest(method, uri, Headers.frozen(Headers.mutableCopy(headers), body), body);
    }
  }
}
