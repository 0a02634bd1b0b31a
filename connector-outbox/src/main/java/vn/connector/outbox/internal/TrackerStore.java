package vn.connector.outbox.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.connector.outbox.Tracked;

/** The outbox_tracker rows of one system; claims by lease, as for items. */
public final class TrackerStore {

  private static final String COLUMNS =
      "id, system_name, item_key, reference, state, polls, started_at_ms, last_status, failures,"
          + " lease_owner";

  private final Database db;
  private final String system;

  public TrackerStore(Database db, String system) {
    this.db = db;
    this.system = system;
  }

  Database database() {
    return db;
  }

  /** A tracking row held by this node: the token is (owner, polls after the claim). */
  record Held(Tracked tracked, int failures, String owner) {}

  public long track(String key, String reference) {
    return db.inTransaction(c -> track(c, key, reference));
  }

  public long track(Connection c, String key, String reference) {
    try {
      Optional<Tracked> there = find(c, reference);
      if (there.isPresent()) {
        return there.get().id();
      }
      long now = db.now();
      String insert =
          "INSERT INTO outbox_tracker (system_name, item_key, reference, state, polls, failures,"
              + " started_at_ms, next_poll_at_ms) VALUES (?, ?, ?, 'POLLING', 0, 0, ?, ?)";
      insertIfAbsent(c, insert, key, reference, now);
      return find(c, reference).orElseThrow().id();
    } catch (SQLException e) {
      throw Sql.failure("track", e);
    }
  }

  /**
   * A concurrent track of the same reference must not abort the caller's transaction: PostgreSQL
   * aborts it on any error, H2 rolls back only the failed statement.
   */
  private void insertIfAbsent(Connection c, String insert, String key, String reference, long now)
      throws SQLException {
    if (db.dialect() == Database.Dialect.POSTGRESQL) {
      Sql.update(c, insert + " ON CONFLICT DO NOTHING", system, key, reference, now, now);
      return;
    }
    try {
      Sql.update(c, insert, system, key, reference, now, now);
    } catch (SQLException e) {
      if (!Sql.isDuplicate(e)) {
        throw e;
      }
    }
  }

  public Optional<Tracked> find(String reference) {
    return db.inTransaction(c -> find(c, reference));
  }

  private Optional<Tracked> find(Connection c, String reference) throws SQLException {
    try (PreparedStatement s =
            Sql.prepare(
                c,
                "SELECT "
                    + COLUMNS
                    + " FROM outbox_tracker WHERE system_name = ? AND reference = ?",
                system,
                reference);
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? Optional.of(read(rs).tracked()) : Optional.empty();
    }
  }

  List<Held> due(int limit) {
    long now = db.now();
    return db.inTransaction(
        c -> {
          List<Held> out = new ArrayList<>();
          try (PreparedStatement s =
                  Sql.prepare(
                      c,
                      "SELECT "
                          + COLUMNS
                          + " FROM outbox_tracker WHERE system_name = ?"
                          + " AND state = 'POLLING' AND next_poll_at_ms <= ?"
                          + " AND (lease_until_ms IS NULL OR lease_until_ms < ?)"
                          + " ORDER BY next_poll_at_ms, id LIMIT ?",
                      system,
                      now,
                      now,
                      limit);
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              out.add(read(rs));
            }
          }
          return out;
        });
  }

  private static Held read(ResultSet rs) throws SQLException {
    Tracked t =
        new Tracked(
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            Tracked.State.valueOf(rs.getString(5)),
            rs.getInt(6),
            Instant.ofEpochMilli(rs.getLong(7)),
            Optional.ofNullable(rs.getString(8)));
    return new Held(t, rs.getInt(9), rs.getString(10));
  }

  /** Takes the lease; null if another node was quicker. */
  Held claim(Held candidate, String owner, long leaseUntil) {
    Tracked t = candidate.tracked();
    long now = db.now();
    int won =
        db.inTransaction(
            c ->
                Sql.update(
                    c,
                    "UPDATE outbox_tracker SET lease_owner = ?, lease_until_ms = ?, polls = polls + 1"
                        + " WHERE id = ? AND polls = ? AND state = 'POLLING'"
                        + " AND (lease_until_ms IS NULL OR lease_until_ms < ?)",
                    owner,
                    leaseUntil,
                    t.id(),
                    t.polls(),
                    now));
    if (won != 1) {
      return null;
    }
    Tracked claimed =
        new Tracked(
            t.id(),
            t.system(),
            t.key(),
            t.reference(),
            t.state(),
            t.polls() + 1,
            t.startedAt(),
            t.lastStatus());
    return new Held(claimed, candidate.failures(), owner);
  }

  /** Polls again at {@code next}; false if the lease was lost. */
  boolean again(Held h, long next, int failures, String status) {
    return db.inTransaction(
            c ->
                Sql.update(
                    c,
                    "UPDATE outbox_tracker SET next_poll_at_ms = ?, failures = ?,"
                        + " last_status = COALESCE(?, last_status), lease_owner = NULL,"
                        + " lease_until_ms = NULL WHERE id = ? AND lease_owner = ? AND polls = ?",
                    next,
                    failures,
                    status == null ? Sql.Null.VARCHAR : status,
                    h.tracked().id(),
                    h.owner(),
                    h.tracked().polls()))
        == 1;
  }

  /** Ends tracking in {@code c}, the completion's transaction; false if the lease was lost. */
  boolean end(Connection c, Held h, Tracked.State state, String status) throws SQLException {
    return Sql.update(
            c,
            "UPDATE outbox_tracker SET state = ?, finished_at_ms = ?,"
                + " last_status = COALESCE(?, last_status), lease_owner = NULL,"
                + " lease_until_ms = NULL WHERE id = ? AND lease_owner = ? AND polls = ?",
            state.name(),
            db.now(),
            status == null ? Sql.Null.VARCHAR : status,
            h.tracked().id(),
            h.owner(),
            h.tracked().polls())
        == 1;
  }
}
