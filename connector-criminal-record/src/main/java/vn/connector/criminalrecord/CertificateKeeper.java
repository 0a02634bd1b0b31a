package vn.connector.criminalrecord;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import vn.connector.core.DossierCode;
import vn.connector.criminalrecord.model.Certificate;
import vn.connector.criminalrecord.model.CertificateEvidence;
import vn.connector.criminalrecord.model.DossierStatus;

/**
 * Where the portal keeps what {@link CertificateTracking} brings back, in the tracker's own
 * transaction: the certificate is kept exactly once, together with the end of tracking.
 *
 * <pre>{@code
 * CertificateKeeper keeper = (tx, certificate, evidence) -> {
 *   try (PreparedStatement s = tx.prepareStatement(
 *       "INSERT INTO lltp_certificate (dossier, pdf, sha256, received_at) VALUES (?, ?, ?, ?)")) {
 *     s.setString(1, evidence.dossierCode().value());
 *     s.setBytes(2, certificate.pdf());
 *     s.setString(3, evidence.sha256());
 *     s.setTimestamp(4, Timestamp.from(evidence.receivedAt()));
 *     s.executeUpdate();
 *   }
 * };
 * }</pre>
 */
@FunctionalInterface
public interface CertificateKeeper {

  /** Keeps a certificate (state 9 or 10), checked to be a PDF, with its evidence record. */
  void keep(Connection transaction, Certificate certificate, CertificateEvidence evidence)
      throws SQLException;

  /**
   * Called when tracking ends without a certificate: refused (3), withdrawn (7), stopped (8), an
   * error, or expired (no status). Nothing by default.
   */
  default void ended(Connection transaction, DossierCode dossierCode, Optional<DossierStatus> last)
      throws SQLException {}
}
