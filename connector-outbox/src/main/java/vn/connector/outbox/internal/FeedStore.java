package vn.connector.outbox.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The outbox_feed and outbox_feed_event rows of one feed. */
public final class FeedStore {

  /** Applies one event in the page's transaction. */
  @FunctionalInterface
  public interface EventWork<E> {
    void apply(Connection c, E event) throws SQLException;
  }

  private final Database db;
  private final String feed;

  public FeedStore(Database db, String feed) {
    this.db = db;
    this.feed = feed;
  }

  public Optional<String> position() {
    return db.inTransaction(this::read).flatMap(p -> p);
  }

  /** Empty when the feed has no row; else the row's position, itself possibly empty. */
  private Optional<Optional<String>> read(Connection c) throws SQLException {
    try (PreparedStatement s =
            Sql.prepare(c, "SELECT position FROM outbox_feed WHERE feed = ?", feed);
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? Optional.of(Optional.ofNullable(rs.getString(1))) : Optional.empty();
    }
  }

  public <E> int apply(
      Optional<String> from,
      List<E> events,
      String next,
      Function<E, String> idOf,
      EventWork<E> work) {
    return db.inTransaction(
        c -> {
          if (!advance(c, from, next)) {
            return 0;
          }
          int applied = 0;
          for (E event : events) {
            if (firstTime(c, idOf.apply(event))) {
              work.apply(c, event);
              applied++;
            }
          }
          return applied;
        });
  }

  /**
   * Moves the position from {@code from} to {@code next}; the UPDATE locks the row until commit, so
   * a second node applying the same page waits, then finds the position moved and stops.
   */
  private boolean advance(Connection c, Optional<String> from, String next) throws SQLException {
    if (read(c).isEmpty()) {
      createRow(c);
    }
    String sql =
        from.isPresent()
            ? "UPDATE outbox_feed SET position = ?, updated_at_ms = ? WHERE feed = ?"
                + " AND position = ?"
            : "UPDATE outbox_feed SET position = ?, updated_at_ms = ? WHERE feed = ?"
                + " AND position IS NULL";
    Object[] p =
        from.isPresent()
            ? new Object[] {next, db.now(), feed, from.get()}
            : new Object[] {next, db.now(), feed};
    return Sql.update(c, sql, p) == 1;
  }

  private void createRow(Connection c) throws SQLException {
    String insert = "INSERT INTO outbox_feed (feed, position, updated_at_ms) VALUES (?, NULL, ?)";
    if (db.dialect() == Database.Dialect.POSTGRESQL) {
      Sql.update(c, insert + " ON CONFLICT DO NOTHING", feed, db.now());
      return;
    }
    try {
      Sql.update(c, insert, feed, db.now());
    } catch (SQLException e) {
      if (!Sql.isDuplicate(e)) {
        throw e;
      }
    }
  }

  private boolean firstTime(Connection c, String eventId) throws SQLException {
    String insert =
        "INSERT INTO outbox_feed_event (feed, event_id, applied_at_ms) VALUES (?, ?, ?)";
    if (db.dialect() == Database.Dialect.POSTGRESQL) {
      return Sql.update(c, insert + " ON CONFLICT DO NOTHING", feed, eventId, db.now()) == 1;
    }
    try {
      return Sql.update(c, insert, feed, eventId, db.now()) == 1;
    } catch (SQLException e) {
      if (Sql.isDuplicate(e)) {
        return false;
      }
      throw e;
    }
  }
}
