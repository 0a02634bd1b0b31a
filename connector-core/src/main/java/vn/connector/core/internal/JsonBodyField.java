package vn.connector.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 */
public final class JsonBodyField implements TokenPlacement {

  private final String name;

  public JsonBodyField(String name) {
    this.name = Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
  }

  @Override
  public HttpRequest place(HttpRequest request, TokenSource.Token token) {
    byte[] body = request.body();
    Span span = request.hasBody() ? scan(body) : null;
    if (span == null) {
      throw new IllegalArgumentException(
          "body: " + name + " goes in a JSON object body, and this request has none");
    }
    byte[] value = quoted(token.value());
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + value.length + 16);
    if (span.valueStart >= 0) {
      out.write(body, 0, span.valueStart);
      out.writeBytes(value);
      out.write(body, span.valueEnd, body.length - span.valueEnd);
    } else {
      out.write(body, 0, span.objectEnd);
      out.writeBytes(span.empty ? new byte[0] : new byte[] {','});
      out.writeBytes(quoted(name));
      out.write(':');
      out.writeBytes(value);
      out.write(body, span.objectEnd, body.length - span.objectEnd);
    }
    return request.withBody(out.toByteArray());
  }

  /** Where the field's value stands, or where the object closes; null when not one JSON object. */
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
          if (span.valueStart >= 0) {
            return null; // the field twice: which one the service reads is unknown
          }
          span.valueStart = start;
          span.valueEnd = (int) p.currentLocation().getByteOffset();
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
  }
}
