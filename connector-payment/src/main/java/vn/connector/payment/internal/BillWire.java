package vn.connector.payment.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * GET_BILL answers a PDF when the receipt exists and JSON {@code {MaLoi, MoTaLoi}} otherwise; the
 * content type alone is not trusted (a gateway may rewrite it), so the first bytes decide too.
 */
public final class BillWire {

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private BillWire() {}

  /** What a GET_BILL body is. */
  public enum Kind {
    PDF,
    JSON,
    OTHER
  }

  public static Kind kind(String contentType, byte[] body) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (startsWith(body, PDF_MAGIC)) {
      return type.isEmpty() || type.contains("pdf") || type.contains("octet-stream")
          ? Kind.PDF
          : Kind.OTHER;
    }
    if (firstNonBlank(body) == '{'
        && (type.isEmpty() || type.contains("json") || type.contains("text"))) {
      return Kind.JSON;
    }
    return Kind.OTHER;
  }

  private static boolean startsWith(byte[] body, byte[] prefix) {
    if (body.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (body[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int firstNonBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' '
          && b != '\n'
          && b != '\r'
          && b != '\t'
          && b != (byte) 0xEF
          && b != (byte) 0xBB
          && b != (byte) 0xBF) {
        return b;
      }
    }
    return -1;
  }
}
