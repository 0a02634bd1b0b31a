package vn.connector.civilregistry.model;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the portal keeps to prove later which certificate the registry issued (bằng chứng): the
 * dossier, the poll's request id, when it was received, the PDF's SHA-256 and size. No personal
 * data beyond the digest.
 *
 * <pre>{@code
 * CertificateEvidence e = result.certificate().orElseThrow().evidence();
 * store.save(e.interlinkedCode(), e.sha256(), e.receivedAt());
 * }</pre>
 *
 * @param interlinkedCode mã hồ sơ liên thông
 * @param requestId the request id of the poll that brought the certificate
 * @param receivedAt when the answer was read
 * @param sha256 lowercase hex SHA-256 of the PDF bytes
 * @param size the PDF's length in bytes
 */
public record CertificateEvidence(
    String interlinkedCode, String requestId, Instant receivedAt, String sha256, long size) {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public CertificateEvidence {
    Objects.requireNonNull(interlinkedCode, "interlinkedCode");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (sha256 == null || !HEX.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256: must be 64 lowercase hex digits");
    }
    if (size < 5) {
      throw new IllegalArgumentException("size: a PDF has at least 5 bytes, was " + size);
    }
  }
}
