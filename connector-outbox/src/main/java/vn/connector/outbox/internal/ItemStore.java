package vn.connector.outbox.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.connector.outbox.OutboxItem;
import vn.connector.outbox.OutboxReport;

/** The outbox_item and outbox_key tables: enqueue, report, replay, purge. */
public final class ItemStore {

  private final Database db;
  private final Leases leases;

  public ItemStore(Database db) {
    this.db = db;
    this.leases = new Leases(db);
  }

  /** The claim and outcome side, for the dispatcher. */
  public Leases leases() {
    return leases;
  }

  public long enqueue(Connection c, OutboxItem item) {
    try {
      long seq = nextSeq(c, item.system(), item.key());
      Optional<Long> existing = existing(c, item);
      return existing.isPresent() ? existing.get() : insert(c, item, seq);
    } catch (SQLException e) {
      throw Sql.failure("enqueue", e);
    }
  }

  /**
   * Takes the key's row lock (held until the caller's commit, so enqueuers of one key commit in the
   * order of their numbers) and the next number. The insert-if-absent must not raise a duplicate
   * error on PostgreSQL, where any error aborts the caller's whole transaction.
   */
  private long nextSeq(Connection c, String system, String key) throws SQLException {
    if (db.dialect() == Database.Dialect.POSTGRESQL) {
      Sql.update(
          c,
          "INSERT INTO outbox_key (system_name, item_key, next_seq) VALUES (?, ?, 0)"
              + " ON CONFLICT DO NOTHING",
          system,
          key);
    } else {
      insertKeyH2(c, system, key);
    }
    Sql.update(
        c,
        "UPDATE outbox_key SET next_seq = next_seq + 1 WHERE system_name = ? AND item_key = ?",
        system,
        key);
    try (PreparedStatement s =
            Sql.prepare(
                c,
                "SELECT next_seq FROM outbox_key WHERE system_name = ? AND item_key = ?",
                system,
                key);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** H2 rolls back only the failed statement, so a lost race to insert is harmless here. */
  private static void insertKeyH2(Connection c, String system, String key) throws SQLException {
    try {
      Sql.update(
          c,
          "INSERT INTO outbox_key (system_name, item_key, next_seq) SELECT ?, ?, 0 WHERE NOT EXISTS"
              + " (SELECT 1 FROM outbox_key WHERE system_name = ? AND item_key = ?)",
          system,
          key,
          system,
          key);
    } catch (SQLException e) {
      if (!Sql.isDuplicate(e)) {
        throw e;
      }
    }
  }

  private static Optional<Long> existing(Connection c, OutboxItem item) throws SQLException {
    try (PreparedStatement s =
            Sql.prepare(
                c,
                "SELECT id FROM outbox_item WHERE system_name = ? AND item_key = ?"
                    + " AND idempotency_key = ?",
                item.system(),
                item.key(),
                item.idempotencyKey());
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
    }
  }

  private long insert(Connection c, OutboxItem item, long seq) throws SQLException {
    long now = db.now();
    String sql =
        "INSERT INTO outbox_item (system_name, item_key, seq, type, payload, idempotency_key,"
            + " state, attempts, created_at_ms, next_attempt_at_ms)"
            + " VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)";
    try (PreparedStatement s = c.prepareStatement(sql, new String[] {idColumn()})) {
      s.setString(1, item.system());
      s.setString(2, item.key());
      s.setLong(3, seq);
      s.setString(4, item.type());
      s.setString(5, item.payload());
      s.setString(6, item.idempotencyKey());
      s.setLong(7, now);
      s.setLong(8, now);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private String idColumn() {
    // PostgreSQL folds unquoted names to lower case, H2 to upper case.
    return db.dialect() == Database.Dialect.POSTGRESQL ? "id" : "ID";
  }

  public OutboxReport report() {
    long now = db.now();
    return db.inTransaction(
        c ->
            new OutboxReport(
                Instant.ofEpochMilli(now),
                pendingBySystem(c),
                parked(c),
                oldestPending(c).map(t -> Duration.ofMillis(Math.max(0, now - t))),
                count(
                    c,
                    "SELECT COUNT(*) FROM outbox_item WHERE state = 'DELIVERED'"
                        + " AND delivered_at_ms >= ?",
                    now - Duration.ofHours(1).toMillis())));
  }

  private static Map<String, Long> pendingBySystem(Connection c) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT system_name, COUNT(*) FROM outbox_item WHERE state = 'PENDING'"
                    + " GROUP BY system_name")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  private static Optional<Long> oldestPending(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT MIN(created_at_ms) FROM outbox_item WHERE state = 'PENDING'")) {
      rs.next();
      long min = rs.getLong(1);
      return rs.wasNull() ? Optional.empty() : Optional.of(min);
    }
  }

  private static List<OutboxReport.Parked> parked(Connection c) throws SQLException {
    List<OutboxReport.Parked> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, system_name, item_key, type, national_code, national_text, attempts,"
                    + " parked_at_ms FROM outbox_item WHERE state = 'PARKED'"
                    + " ORDER BY parked_at_ms, id LIMIT 1000")) {
      while (rs.next()) {
        out.add(
            new OutboxReport.Parked(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getInt(7),
                Instant.ofEpochMilli(rs.getLong(8))));
      }
    }
    return out;
  }

  private static long count(Connection c, String sql, long parameter) throws SQLException {
    try (PreparedStatement s = Sql.prepare(c, sql, parameter);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  public boolean replay(long id) {
    long now = db.now();
    return db.inTransaction(
        c ->
            Sql.update(
                    c,
                    "UPDATE outbox_item SET state = 'PENDING', next_attempt_at_ms = ?,"
                        + " lease_owner = NULL, lease_until_ms = NULL WHERE id = ?"
                        + " AND state = 'PARKED'",
                    now,
                    id)
                == 1);
  }

  public int purgeDelivered(Duration age) {
    long before = db.now() - age.toMillis();
    return db.inTransaction(
        c ->
            Sql.update(
                c,
                "DELETE FROM outbox_item WHERE state = 'DELIVERED' AND delivered_at_ms < ?",
                before));
  }

  /** Systems given as a SQL list of placeholders, e.g. {@code (?, ?)}. */
  static String placeholders(Collection<?> values) {
    return "(" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")";
  }
}
