package vn.connector.postal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import vn.connector.postal.internal.Jdbc;
import vn.connector.postal.model.TrackingEvent;
import vn.connector.postal.model.TrackingPage;

/**
 * The feed's position and the ids of the events applied, in the portal's database. A page is
 * applied in one transaction that also moves the position, so a crash anywhere leaves either the
 * whole page applied and the position after it, or neither. TODO(core): move onto
 * connector-outbox's FeedCursor when it lands.
 */
final class FeedStore {

  static final String[] DDL = {
    "CREATE TABLE IF NOT EXISTS postal_feed_cursor (feed VARCHAR(50) PRIMARY KEY,"
        + " last_id VARCHAR(24) NOT NULL, updated_at BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS postal_feed_event (feed VARCHAR(50) NOT NULL,"
        + " event_id VARCHAR(24) NOT NULL, applied_at BIGINT NOT NULL,"
        + " PRIMARY KEY (feed, event_id))"
  };

  private final DataSource dataSource;
  private final String feed;
  private final Clock clock;

  FeedStore(DataSource dataSource, String feed, Clock clock, boolean createSchema) {
    this.dataSource = dataSource;
    this.feed = feed;
    this.clock = clock;
    if (createSchema) {
      Jdbc.execute(dataSource, "tracking feed schema", DDL);
    }
    Jdbc.inTransaction(
        dataSource,
        "tracking feed start",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO postal_feed_cursor (feed, last_id, updated_at) SELECT ?, ?, ?"
                      + " WHERE NOT EXISTS (SELECT 1 FROM postal_feed_cursor WHERE feed = ?)")) {
            s.setString(1, feed);
            s.setString(2, TrackingPage.START);
            s.setLong(3, clock.millis());
            s.setString(4, feed);
            return s.executeUpdate();
          }
        });
  }

  String position() {
    return Jdbc.inTransaction(dataSource, "tracking feed position", c -> read(c, false));
  }

  /**
   * Applies {@code page}, read from {@code from}, and moves the position to its end. Returns the
   * number of events applied, or -1 when another node moved the position meanwhile (nothing done).
   */
  int apply(String from, TrackingPage page, TrackingListener listener) {
    return Jdbc.inTransaction(
        dataSource,
        "tracking feed page",
        c -> {
          if (!read(c, true).equals(from)) {
            return -1;
          }
          int applied = 0;
          for (TrackingEvent event : page.events()) {
            if (markApplied(c, event.id())) {
              listener.apply(c, event);
              applied++;
            }
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE postal_feed_cursor SET last_id = ?, updated_at = ? WHERE feed = ?")) {
            s.setString(1, page.lastId());
            s.setLong(2, clock.millis());
            s.setString(3, feed);
            s.executeUpdate();
          }
          return applied;
        });
  }

  /** Whether the event is new; repeats in the feed are skipped. */
  private boolean markApplied(Connection c, String id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO postal_feed_event (feed, event_id, applied_at) SELECT ?, ?, ? WHERE NOT"
                + " EXISTS (SELECT 1 FROM postal_feed_event WHERE feed = ? AND event_id = ?)")) {
      s.setString(1, feed);
      s.setString(2, id);
      s.setLong(3, clock.millis());
      s.setString(4, feed);
      s.setString(5, id);
      return s.executeUpdate() == 1;
    }
  }

  /** The position; {@code lock} holds the row until the transaction ends, against other nodes. */
  private String read(Connection c, boolean lock) throws SQLException {
    String sql =
        "SELECT last_id FROM postal_feed_cursor WHERE feed = ?" + (lock ? " FOR UPDATE" : "");
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, feed);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new SQLException("the cursor row of feed " + feed + " is missing", "02000");
        }
        return r.getString(1);
      }
    }
  }
}
