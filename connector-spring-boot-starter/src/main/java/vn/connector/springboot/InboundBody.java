package vn.connector.springboot;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Reads an inbound body up to the limit of its framework-neutral handler, never more: a declared
 * length above it is refused before a byte is read, a body that turns out longer is refused after
 * limit + 1 bytes, so a sender cannot make the portal buffer what the handler would refuse anyway.
 */
final class InboundBody {

  private InboundBody() {}

  /** The body, or empty when it is longer than {@code maxBytes}. */
  static Optional<byte[]> read(HttpServletRequest request, int maxBytes) throws IOException {
    if (request.getContentLengthLong() > maxBytes) {
      return Optional.empty();
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(maxBytes + 1);
      return body.length > maxBytes ? Optional.empty() : Optional.of(body);
    }
  }

  static ServerResponse tooLarge(int maxBytes) {
    return ServerResponse.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .contentType(MediaType.TEXT_PLAIN)
        .body("body exceeds " + maxBytes + " bytes");
  }

  static ServerResponse answer(String contentType, byte[] body) {
    return ServerResponse.ok().contentType(MediaType.parseMediaType(contentType)).body(body);
  }
}
