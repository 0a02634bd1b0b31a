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

  /** Whether outbox_item has trace_parent: tables made from older schema files do not. */
  private final boolean traceColumn;

  private final String insertItem;

  public ItemStore(Database db) {
    this.db = db;
    this.traceColumn = db.hasColumn("outbox_item", "trace_parent");
    this.leases = new Leases(db, traceColumn);
    this.insertItem = traceColumn ? INSERT_TRACED_ITEM : INSERT_ITEM;
  }

  /** The claim and outcome side, for the dispatcher. */
  public Leases leases() {
    return leases;
  }

  /**
   * @param traceParent the W3C traceparent to store with the item, or null; dropped when the table
   *     has no column for it
   */
  public long enqueue(Connection c, OutboxItem item, String traceParent) {
    try {
      return db.dialect() == Database.Dialect.POSTGRESQL
          ? enqueuePostgres(c, item, traceParent)
          : enqueueH2(c, item, traceParent);
    } catch (SQLException e) {
      throw Sql.failure("enqueue", e);
    }
  }

  /**
   * Two round trips: an upsert that takes the key's row lock and its next number, and an insert
   * that skips a known idempotency key; neither can fail on a race, which on PostgreSQL would abort
   * the caller's whole transaction. A skipped insert gives its number back (the lock is still
   * held), keeping the numbers gapless.
   */
  private long enqueuePostgres(Connection c, OutboxItem item, String traceParent)
      throws SQLException {
    long seq;
    long head;
    try (PreparedStatement s =
            Sql.prepare(
                c,
                "INSERT INTO outbox_key (system_name, item_key, next_seq, head_seq) VALUES (?, ?, 1, 1)"
                    + " ON CONFLICT (system_name, item_key) DO UPDATE"
                    + " SET next_seq = outbox_key.next_seq + 1 RETURNING next_seq, head_seq",
                item.system(),
                item.key());
        ResultSet rs = s.executeQuery()) {
      rs.next();
      seq = rs.getLong(1);
      head = rs.getLong(2);
    }
    long now = db.now();
    List<Object> p =
        new ArrayList<>(
            List.of(
                item.system(),
                item.key(),
                seq,
                item.type(),
                item.payload(),
                item.idempotencyKey(),
                seq == head ? 1 : 0,
                now,
                now));
    if (traceColumn) {
      p.add(traceParent == null ? Sql.Null.VARCHAR : traceParent);
    }
    try (PreparedStatement s =
            Sql.prepare(
                c,
                insertItem
                    + " ON CONFLICT (system_name, item_key, idempotency_key) DO NOTHING RETURNING id",
                p.toArray());
        ResultSet rs = s.executeQuery()) {
      if (rs.next()) {
        return rs.getLong(1);
      }
    }
    Sql.update(
        c,
        "UPDATE outbox_key SET next_seq = next_seq - 1 WHERE system_name = ? AND item_key = ?",
        item.system(),
        item.key());
    return existing(c, item).orElseThrow();
  }

  private long enqueueH2(Connection c, OutboxItem item, String traceParent) throws SQLException {
    long[] key = lockKey(c, item.system(), item.key());
    Optional<Long> existing = existing(c, item);
    if (existing.isPresent()) {
      return existing.get();
    }
    long seq = key[0] + 1;
    Sql.update(
        c,
        "UPDATE outbox_key SET next_seq = ? WHERE system_name = ? AND item_key = ?",
        seq,
        item.system(),
        item.key());
    return insert(c, item, seq, seq == key[1], traceParent);
  }

  /**
   * Takes the key's row lock, held until the caller's commit, and returns its last number and its
   * head. The lock makes enqueuers of one key commit in the order of their numbers, and makes the
   * head read here final: the dispatcher moves it on only under the same lock. Numbers are gapless
   * among committed items (taken and used in the caller's transaction, rolled back with it). The
   * insert-if-absent must not raise a duplicate error on PostgreSQL, where any error aborts the
   * caller's whole transaction.
   */
  private static long[] lockKey(Connection c, String system, String key) throws SQLException {
    insertKeyH2(
        c,
        "INSERT INTO outbox_key (system_name, item_key, next_seq, head_seq) VALUES (?, ?, 0, 1)",
        system,
        key);
    try (PreparedStatement s =
            Sql.prepare(
                c,
                "SELECT next_seq, head_seq FROM outbox_key WHERE system_name = ? AND item_key = ?"
                    + " FOR UPDATE",
                system,
                key);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2)};
    }
  }

  /** H2 rolls back only the failed statement, so a lost race to insert is harmless here. */
  private static void insertKeyH2(Connection c, String insert, String system, String key)
      throws SQLException {
    try (PreparedStatement s =
            Sql.prepare(
                c, "SELECT 1 FROM outbox_key WHERE system_name = ? AND item_key = ?", system, key);
        ResultSet rs = s.executeQuery()) {
      if (rs.next()) {
        return;
      }
    }
    try {
      Sql.update(c, insert, system, key);
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

  private static final String INSERT_ITEM =
      "INSERT INTO outbox_item (system_name, item_key, seq, type, payload, idempotency_key,"
          + " state, ready, attempts, created_at_ms, next_attempt_at_ms)"
          + " VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, 0, ?, ?)";

  private static final String INSERT_TRACED_ITEM =
      "INSERT INTO outbox_item (system_name, item_key, seq, type, payload, idempotency_key,"
          + " state, ready, attempts, created_at_ms, next_attempt_at_ms, trace_parent)"
          + " VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, 0, ?, ?, ?)";

  private long insert(Connection c, OutboxItem item, long seq, boolean ready, String traceParent)
      throws SQLException {
    long now = db.now();
    try (PreparedStatement s = c.prepareStatement(insertItem, new String[] {"ID"})) {
      s.setString(1, item.system());
      s.setString(2, item.key());
      s.setLong(3, seq);
      s.setString(4, item.type());
      s.setString(5, item.payload());
      s.setString(6, item.idempotencyKey());
      s.setInt(7, ready ? 1 : 0);
      s.setLong(8, now);
      s.setLong(9, now);
      if (traceColumn) {
        s.setString(10, traceParent);
      }
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
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
                    "UPDATE outbox_item SET state = 'PENDING', ready = 1, next_attempt_at_ms = ?,"
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
