package vn.connector.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import vn.connector.core.HttpRequest;
import vn.connector.core.TokenPlacement;
import vn.connector.core.TokenSource;

/**
 * {@link TokenPlacement#jsonBodyField}: the token as a top-level field of the JSON body. The
 * field's value is replaced where it stands (the national portal's envelope carries {@code
 * "session":null} first), or the field is added last (LLTP's {@code authKey}). The body is scanned
 * once by Jackson's streaming parser and the token spliced into its bytes: parsing it into a tree
 * and writing it out again was a fifth of a submission's CPU (issue 16), and gave the same bytes
 * for the compact JSON the connectors write.
 *
 * <p>A wire layer that wrote the body itself can say, with {@link #knownWithout}, that the field is
 * not in it: the field is then added without the scan, which only learnt that after reading the
 * whole body (most of the placement's cost on an LLTP submission, issue 16).
 */
public final class JsonBodyField implements TokenPlacement {

  /** What the wire layer said on this thread: a request's body is sent on its caller's thread. */
  private static final ThreadLocal<Known> KNOWN = new ThreadLocal<>();

  private final String name;
  private final byte[] quotedName;
  private final BodyAccess bodies;

  public JsonBodyField(String name, BodyAccess bodies) {
    this.bodies = Objects.requireNonNull(bodies, "bodies");
    this.name = Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
    this.quotedName = quoted(name);
  }

  /**
   * Says that {@code body} is one JSON object without a top-level field {@code name}, written
   * compactly (as the mapper's generator writes, its closing brace last). Until the answer is
   * closed, placing {@code name} on this thread into a body of exactly these bytes adds the field
   * last without reading the body; any other body is scanned as always. For the SDK's wire layers,
   * which know what they wrote; the array is kept, not copied, so the caller must not write into it
   * again:
   *
   * <pre>{@code
   * try (JsonBodyField.Known known = JsonBodyField.knownWithout("authKey", body)) {
   *   return transport.callForAnswer(call, request, answers, handler);
   * }
   * }</pre>
   */
  public static Known knownWithout(String name, byte[] body) {
    Known known = new Known(Objects.requireNonNull(name, "name"), Objects.requireNonNull(body));
    KNOWN.set(known);
    return known;
  }

  @Override
  public HttpRequest place(HttpRequest request, TokenSource.Token token) {
    byte[] body = bodies.body(request);
    Span span = !request.hasBody() ? null : known(body) ? Span.closingLast(body) : scan(body);
    if (span == null) {
      throw new IllegalArgumentException(
          "body: " + name + " goes in a JSON object body, and this request has none");
    }
    byte[] value = quoted(token.value());
    if (span.valueStart >= 0) {
      return bodies.withBody(request, splice(body, span.valueStart, span.valueEnd, value));
    }
    byte[] field = quotedName;
    byte[] added = new byte[(span.empty ? 0 : 1) + field.length + 1 + value.length];
    int at = 0;
    if (!span.empty) {
      added[at++] = ',';
    }
    System.arraycopy(field, 0, added, at, field.length);
    at += field.length;
    added[at++] = ':';
    System.arraycopy(value, 0, added, at, value.length);
    return bodies.withBody(request, splice(body, span.objectEnd, span.objectEnd, added));
  }

  /** Whether the wire layer said, on this thread, that these very bytes lack the field. */
  private boolean known(byte[] body) {
    Known known = KNOWN.get();
    return known != null
        && known.name.equals(name)
        && body[body.length - 1] == '}'
        && Arrays.equals(known.body, body);
  }

  /** {@code body} with its bytes from {@code from} to {@code to} replaced by {@code insert}. */
  private static byte[] splice(byte[] body, int from, int to, byte[] insert) {
    byte[] out = new byte[body.length - (to - from) + insert.length];
    System.arraycopy(body, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(body, to, out, from + insert.length, body.length - to);
    return out;
  }

  /**
   * Where the field's value stands (the first time it does), or else where the object closes; null
   * when the body is not one JSON object.
   */
  private Span scan(byte[] body) {
    try (JsonParser p = Json.mapper().getFactory().createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Span span = new Span();
      span.empty = true;
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        span.empty = false;
        boolean ours = name.equals(p.currentName());
        JsonToken v = p.nextToken();
        int start = (int) p.currentTokenLocation().getByteOffset();
        if (v.isStructStart()) {
          p.skipChildren();
        } else {
          p.finishToken(); // a string is read lazily: its end is known only once it is read
        }
        if (ours) {
          span.valueStart = start;
          span.valueEnd = (int) p.currentLocation().getByteOffset();
          // Found: the rest need not be read (the portal's session leads a large envelope). A
          // second copy further on would stay as it is, and the call fail on the service's side.
          return span;
        }
      }
      if (t != JsonToken.END_OBJECT) {
        return null;
      }
      span.objectEnd = (int) p.currentTokenLocation().getByteOffset();
      return p.nextToken() == null ? span : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static byte[] quoted(String text) {
    byte[] inner = JsonStringEncoder.getInstance().quoteAsUTF8(text);
    byte[] out = new byte[inner.length + 2];
    out[0] = '"';
    System.arraycopy(inner, 0, out, 1, inner.length);
    out[out.length - 1] = '"';
    return out;
  }

  /** Byte offsets in the body: the field's value, and the object's closing brace. */
  private static final class Span {
    int valueStart = -1;
    int valueEnd;
    int objectEnd;
    boolean empty;

    /** A compact object without the field: its brace closes last, and only {@code {}} is empty. */
    static Span closingLast(byte[] body) {
      Span span = new Span();
      span.objectEnd = body.length - 1;
      span.empty = body.length == 2;
      return span;
    }
  }

  /**
   * What a wire layer said about the body it wrote, in force on its thread until closed: open it
   * around the call, {@code try (JsonBodyField.Known known = JsonBodyField.knownWithout("authKey",
   * body)) { ... }}.
   */
  public static final class Known implements AutoCloseable {
    private final String name;
    private final byte[] body;

    private Known(String name, byte[] body) {
      this.name = name;
      this.body = body;
    }

    /** Forgets it (and lets the bytes go), unless something said since has replaced it. */
    @Override
    public void close() {
      if (KNOWN.get() == this) {
        KNOWN.set(null);
      }
    }
  }
}
