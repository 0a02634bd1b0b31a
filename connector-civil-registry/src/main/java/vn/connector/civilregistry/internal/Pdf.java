package vn.connector.civilregistry.internal;

import java.time.Instant;
import vn.connector.civilregistry.model.CertificateEvidence;
import vn.connector.core.Answers;
import vn.connector.core.internal.MalformedAnswerException;

/** Certificates are PDFs: checked before they reach the portal, digested for the evidence. */
final class Pdf {

  private Pdf() {}

  static byte[] require(byte[] bytes, String field) {
    try {
      return Answers.requirePdf(bytes);
    } catch (RuntimeException e) {
      throw new MalformedAnswerException(field + ": is not a PDF (no %PDF- header)", e);
    }
  }

  static CertificateEvidence evidence(
      String interlinkedCode, String requestId, Instant at, byte[] pdf) {
    return new CertificateEvidence(
        interlinkedCode, requestId, at, Answers.sha256Hex(pdf), pdf.length);
  }
}
