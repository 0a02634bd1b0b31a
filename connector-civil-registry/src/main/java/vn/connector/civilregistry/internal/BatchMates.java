package vn.connector.civilregistry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The other dossiers of a tracker round, so that one {@code LayKetQua} asks for several: the
 * tracker's due rows of the same module and province, in the order the tracker itself takes them
 * ({@code next_poll_at_ms, id}), not leased by anyone. Their answers are kept for the moment the
 * tracker polls them, a few milliseconds later in the same round.
 *
 * <p>TODO(outbox): reads {@code outbox_tracker} of the outbox's published schema; a batch-poll hook
 * on {@code Tracker} would replace this query.
 */
public final class BatchMates {

  private static final String QUERY =
      "SELECT reference FROM outbox_tracker WHERE system_name = ? AND state = 'POLLING'"
          + " AND next_poll_at_ms <= ? AND (lease_until_ms IS NULL OR lease_until_ms < ?)"
          + " AND reference LIKE ? AND reference <> ? ORDER BY next_poll_at_ms, id LIMIT ?";

  private BatchMates() {}

  public static List<String> due(
      DataSource dataSource, String system, String prefix, String except, long now, int limit) {
    List<String> out = new ArrayList<>();
    if (limit < 1) {
      return out;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(QUERY)) {
      s.setString(1, system);
      s.setLong(2, now);
      s.setLong(3, now);
      s.setString(4, prefix.replace("%", "\\%").replace("_", "\\_") + "%");
      s.setString(5, except);
      s.setInt(6, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      // Batching is an optimisation: without mates the dossier is polled alone.
      return List.of();
    }
    return out;
  }
}
