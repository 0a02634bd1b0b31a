package vn.connector.core;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A response as it came off the wire, body fully read. Header names are case-insensitive.
 *
 * @param status the HTTP status
 * @param headers the headers
 * @param body the body bytes, empty for none
 */
public record HttpResponse(int status, Map<String, List<String>> headers, byte[] body) {

  public HttpResponse {
    // A body read by this package's transport comes with its headers and is shared, not cloned.
    boolean owned = Headers.owns(headers, body);
    headers = Headers.copyOf(headers);
    body = body == null ? new byte[0] : owned ? body : body.clone();
  }

  /**
   * What the transport read, handed over: a fresh case-insensitive map of immutable lists and a
   * fresh body that nobody else holds, so that neither is copied again (issue 16).
   */
  static HttpResponse received(int status, Map<String, List<String>> headers, byte[] body) {
    return new HttpResponse(status, Headers.frozen(headers, body), body);
  }

  /** The body bytes (a copy: what was verified cannot change underneath). */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The body length, without copying it. */
  public int bodyLength() {
    return body.length;
  }

  /** The first value of a header. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The media type without parameters, lower case, or empty. */
  public String contentType() {
    return header("Content-Type").map(v -> v.split(";", 2)[0].strip().toLowerCase()).orElse("");
  }

  /** The body decoded with the charset the response names, UTF-8 when it names none. */
  public String bodyAsString() {
    return new String(body, charset());
  }

  /** The charset the Content-Type names, UTF-8 when it names none or one this JVM lacks. */
  private Charset charset() {
    String type = header("Content-Type").orElse("");
    int at = type.toLowerCase(Locale.ROOT).indexOf("charset=");
    if (at < 0) {
      return StandardCharsets.UTF_8;
    }
    String name = type.substring(at + 8).replace("\"", "").split(";")[0].strip();
    if (name.equalsIgnoreCase("utf-8")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (RuntimeException unknownCharset) {
      return StandardCharsets.UTF_8;
    }
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  @Override
  public String toString() {
    return "HTTP " + status + " (" + body.length + " bytes)";
  }
}
