package vn.connector.benchmarks.compare;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One HTTP/1.1 request as read off the socket: method, target, headers (lower-case), body. */
record StubRequest(String method, String target, Map<String, String> headers, byte[] body) {

  private static final int MAX_LINE = 16 * 1024;

  String path() {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  boolean closeAfter() {
    return "close".equalsIgnoreCase(header("connection"));
  }

  /** The next request, or null at the end of the stream. */
  static StubRequest read(InputStream in) throws IOException {
    String line = line(in);
    if (line == null) {
      return null;
    }
    int sp1 = line.indexOf(' ');
    int sp2 = line.indexOf(' ', sp1 + 1);
    if (sp1 < 0 || sp2 < 0) {
      throw new IOException("bad request line");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      headers.put(
          h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
    }
    byte[] body;
    String length = headers.get("content-length");
    if (length != null) {
      body = in.readNBytes(Integer.parseInt(length));
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = chunked(in);
    } else {
      body = new byte[0];
    }
    return new StubRequest(line.substring(0, sp1), line.substring(sp1 + 1, sp2), headers, body);
  }

  private static byte[] chunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line(in);
      int semi = size.indexOf(';');
      int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
      if (n == 0) {
        while (!line(in).isEmpty()) {
          // trailers are ignored
        }
        return body.toByteArray();
      }
      body.write(in.readNBytes(n));
      line(in);
    }
  }

  /** A CRLF-terminated line in ISO-8859-1 (HTTP's header charset), null at a clean end. */
  private static String line(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder(64);
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        if (b.length() == 0) {
          return null;
        }
        throw new EOFException("request cut short");
      }
      if (c != '\r') {
        b.append((char) c);
      }
      if (b.length() > MAX_LINE) {
        throw new IOException("line too long");
      }
    }
    return b.toString();
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Request line, headers sorted by name, body: for dumps and for comparing two clients. */
  String describe() {
    return method + " " + target + " " + new java.util.TreeMap<>(headers) + "\n" + bodyText();
  }
}
