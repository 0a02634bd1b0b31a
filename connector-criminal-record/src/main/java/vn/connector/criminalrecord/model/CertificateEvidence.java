package vn.connector.criminalrecord.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.connector.core.DossierCode;

/**
 * The evidence record of a certificate handed over: which dossier, which certificate, when it was
 * received, and the SHA-256 of its PDF, so that the province can later prove which file the
 * ministry issued. No personal data beyond the digest: keep it with the dossier.
 *
 * @param dossierCode mã hồ sơ
 * @param number số phiếu
 * @param issuedOn ngày cấp phiếu
 * @param type loại phiếu
 * @param sha256 lower-case hex SHA-256 of the PDF bytes
 * @param bytes the PDF's length
 * @param receivedAt when the SDK received and checked it
 */
public record CertificateEvidence(
    DossierCode dossierCode,
    String number,
    LocalDate issuedOn,
    CertificateType type,
    String sha256,
    int bytes,
    Instant receivedAt) {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  public CertificateEvidence {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sha256, "sha256");
    if (!SHA256_HEX.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256: must be 64 lower-case hex digits");
    }
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /** The evidence of {@code certificate} of {@code dossierCode}, received at {@code at}. */
  public static CertificateEvidence of(
      DossierCode dossierCode, Certificate certificate, Instant at) {
    return new CertificateEvidence(
        dossierCode,
        certificate.number(),
        certificate.issuedOn(),
        certificate.type(),
        certificate.sha256(),
        certificate.pdf().length,
        at);
  }
}
