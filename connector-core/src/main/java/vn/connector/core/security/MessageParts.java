package vn.connector.core.security;

import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parts of an HTTP message that a signature covers: method and target URI of a request, or the
 * status of a response, the header fields (names case-insensitive, repeated fields already joined
 * with {@code ", "}) and the body bytes exactly as sent.
 *
 * @param method request method, {@code null} for a response
 * @param targetUri absolute request URI, {@code null} for a response
 * @param status response status, 0 for a request
 * @param headers header fields; a case-insensitive copy is kept
 * @param body body bytes, empty when there is none
 */
public record MessageParts(
    String method, URI targetUri, int status, Map<String, String> headers, byte[] body) {

  public MessageParts {
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(Objects.requireNonNull(headers, "headers"));
    headers = Collections.unmodifiableMap(copy);
    body = body == null ? new byte[0] : body;
  }

  /** A request. */
  public static MessageParts request(
      String method, URI targetUri, Map<String, String> headers, byte[] body) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(targetUri, "targetUri");
    if (!targetUri.isAbsolute()) {
      throw new IllegalArgumentException("targetUri: must be absolute, was " + targetUri);
    }
    return new MessageParts(method, targetUri, 0, headers, body);
  }

  /** A response. */
  public static MessageParts response(int status, Map<String, String> headers, byte[] body) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status: must be an HTTP status, was " + status);
    }
    return new MessageParts(null, null, status, headers, body);
  }

  /** True for a request. */
  public boolean isRequest() {
    return method != null;
  }

  /** The value of header {@code name} (any case), trimmed as RFC 9421 §2.1 wants it. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name)).map(String::strip);
  }

  /** This message with {@code extra} header fields added or replaced. */
  public MessageParts withHeaders(Map<String, String> extra) {
    TreeMap<String, String> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    merged.putAll(headers);
    merged.putAll(extra);
    return new MessageParts(method, targetUri, status, merged, body);
  }

  @Override
  public String toString() {
    return isRequest()
        ? "MessageParts[" + method + " " + targetUri + ", " + body.length + " bytes]"
        : "MessageParts[" + status + ", " + body.length + " bytes]";
  }
}
