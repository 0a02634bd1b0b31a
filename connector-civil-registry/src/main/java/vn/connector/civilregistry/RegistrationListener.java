package vn.connector.civilregistry;

import java.sql.Connection;
import java.sql.SQLException;
import vn.connector.civilregistry.model.RegistrationStatus;

/**
 * What the portal does as a {@link RegistrationTracker} follows its dossiers. {@link #completed}
 * runs once per dossier, inside the transaction that ends its tracking: write the result (and
 * enqueue the status push-back) through {@code transaction}, and it commits with the end of
 * tracking, or neither happens and the dossier is polled again.
 *
 * <pre>{@code
 * RegistrationListener listener = new RegistrationListener() {
 *   public void completed(Connection tx, RegistrationStatus status) throws SQLException {
 *     dossiers.saveResult(tx, status);                     // 4 with the certificate, or 6
 *     statuses.enqueue(tx, pushBackFor(status));
 *   }
 *   public void supplementRequested(RegistrationStatus status) {
 *     notifyCitizen(status.interlinkedCode(), status.supplementDeadline());
 *   }
 * };
 * }</pre>
 */
public interface RegistrationListener {

  /**
   * The dossier reached its final state: {@code RESULT} (with the certificate, already checked to
   * be a PDF, and its evidence) or {@code REFUSED}.
   */
  void completed(Connection transaction, RegistrationStatus status) throws SQLException;

  /**
   * The registry asks for more papers (trạng thái 2) by {@link
   * RegistrationStatus#supplementDeadline()}. Called when the state or deadline changes, not on
   * every poll; at least once (again after a crash between the poll and its record).
   */
  default void supplementRequested(RegistrationStatus status) {}

  /**
   * Tracking stopped without a final state: the dossier was not final within the tracker's maximum
   * age, or the registry refused the poll for good.
   */
  default void abandoned(Connection transaction, String interlinkedCode, String why)
      throws SQLException {}
}
