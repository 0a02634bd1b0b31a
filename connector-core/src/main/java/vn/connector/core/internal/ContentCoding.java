package vn.connector.core.internal;

import java.util.Locale;
import org.apache.hc.client5.http.entity.DeflateDecompressingEntity;
import org.apache.hc.client5.http.entity.GzipDecompressingEntity;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;

/**
 * Compressed answers, as HttpClient's {@code ContentCompressionExec} handled them before the SDK
 * moved to its minimal client (issue 16): the same {@code Accept-Encoding} on every request, and a
 * gzip or deflate answer decoded with HttpClient's own decompressing entities, its {@code
 * Content-Encoding} and {@code Content-Length} dropped because they describe the bytes on the wire,
 * not the body handed on. An unknown coding is left as it came, as HttpClient left it. The answer
 * size limit applies to the decoded body, so a small compressed bomb is refused like a large
 * answer.
 */
final class ContentCoding {

  /** What HttpClient's default exec chain asked for: the codings the JDK can decode. */
  static final String ACCEPTED = "gzip, x-gzip, deflate";

  private ContentCoding() {}

  static void accept(ClassicHttpRequest request) {
    if (!request.containsHeader(HttpHeaders.ACCEPT_ENCODING)) {
      request.addHeader(HttpHeaders.ACCEPT_ENCODING, ACCEPTED);
    }
  }

  /** The answer's entity, decoded when it is compressed; the response's headers then say so. */
  static HttpEntity decoded(ClassicHttpResponse response) {
    HttpEntity entity = response.getEntity();
    if (entity == null || entity.getContentEncoding() == null) {
      return entity;
    }
    HttpEntity decoded =
        switch (entity.getContentEncoding().strip().toLowerCase(Locale.ROOT)) {
          case "gzip", "x-gzip" -> new GzipDecompressingEntity(entity);
          case "deflate" -> new DeflateDecompressingEntity(entity);
          default -> null;
        };
    if (decoded == null) {
      return entity;
    }
    response.removeHeaders(HttpHeaders.CONTENT_LENGTH);
    response.removeHeaders(HttpHeaders.CONTENT_ENCODING);
    response.removeHeaders(HttpHeaders.CONTENT_MD5);
    return decoded;
  }
}
