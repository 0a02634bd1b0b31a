package vn.connector.postal;

import java.sql.Connection;
import java.sql.SQLException;
import vn.connector.postal.model.TrackingEvent;

/**
 * Applies one tracking event to the portal: typically sets the dossier's collection state ({@link
 * TrackingEvent#collectionState()}) and records the event. Runs inside the feed's transaction on
 * {@code tx}: write through it, and the change commits together with the record that the event was
 * applied and the feed's new position, or not at all. Never commit or close {@code tx}.
 *
 * <pre>{@code
 * TrackingListener listener = (tx, event) -> {
 *   try (PreparedStatement s = tx.prepareStatement(
 *       "UPDATE dossier SET collection_state = ? WHERE code = ?")) {
 *     s.setInt(1, event.collectionState().code());
 *     s.setString(2, event.orderNumber().value());
 *     s.executeUpdate();
 *   }
 * };
 * }</pre>
 */
@FunctionalInterface
public interface TrackingListener {

  /** Applies {@code event}; an exception rolls the whole page back, to be read again. */
  void apply(Connection tx, TrackingEvent event) throws SQLException;
}
