package vn.connector.civilregistry.internal;

import java.time.Instant;
import vn.connector.civilregistry.model.CertificateEvidence;
import vn.connector.core.internal.Hex;

/**
 * Certificates are PDFs: checked by their {@code %PDF-} header before they reach the portal, and
 * digested for the evidence record. TODO(core): {@code Answers.requirePdf} and {@code
 * Answers.sha256Hex} replace these once they land.
 */
public final class Pdf {

  private Pdf() {}

  public static byte[] require(byte[] bytes, String field) {
    if (bytes.length < 5
        || bytes[0] != '%'
        || bytes[1] != 'P'
        || bytes[2] != 'D'
        || bytes[3] != 'F'
        || bytes[4] != '-') {
      throw new MalformedRecordException(field + ": is not a PDF (no %PDF- header)");
    }
    return bytes;
  }

  public static CertificateEvidence evidence(
      String interlinkedCode, String requestId, Instant at, byte[] pdf) {
    return new CertificateEvidence(interlinkedCode, requestId, at, Hex.sha256(pdf), pdf.length);
  }
}
