package vn.connector.outbox.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.connector.outbox.OutboxItem;

/**
 * Claims and outcomes of the dispatcher. Work is shared between nodes by leases taken with a
 * conditional UPDATE (portable to every database; no transaction stays open during a delivery, and
 * a node killed mid-delivery holds nothing once its lease ran out). Only the head of a key, its
 * earliest item not yet delivered, can be claimed, which keeps the key's order across nodes.
 */
public final class Leases {

  /**
   * The due heads of their keys, read through the ready flag's index: O(due heads), where a
   * correlated NOT EXISTS or a GROUP BY over the undelivered rows cost O(pending) per poll and
   * stalled the poller at 10,000 items on H2.
   */
  private static final String HEADS =
      "SELECT id, system_name, item_key, type, payload, idempotency_key, attempts,"
          + " created_at_ms, lease_owner, seq%s FROM outbox_item"
          + " WHERE ready = 1 AND next_attempt_at_ms <= ? AND system_name IN %s"
          + " AND (lease_until_ms IS NULL OR lease_until_ms < ?)"
          + " ORDER BY next_attempt_at_ms, id LIMIT ?";

  private static final String TOKEN = " WHERE id = ? AND lease_owner = ? AND attempts = ?";

  private final Database db;
  private final boolean traceColumn;

  Leases(Database db, boolean traceColumn) {
    this.db = db;
    this.traceColumn = traceColumn;
  }

  /** Candidates: heads of their keys, due, not leased; a claim must still win each. */
  public List<Claimed> candidates(Collection<String> systems, int limit) {
    long now = db.now();
    return db.inTransaction(
        c -> {
          List<Object> p = new ArrayList<>(List.of(now));
          p.addAll(systems);
          p.addAll(List.of(now, limit));
          String sql =
              String.format(
                  HEADS, traceColumn ? ", trace_parent" : "", ItemStore.placeholders(systems));
          List<Claimed> out = new ArrayList<>();
          try (PreparedStatement s = Sql.prepare(c, sql, p.toArray());
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              out.add(read(rs, traceColumn));
            }
          }
          return out;
        });
  }

  private static Claimed read(ResultSet rs, boolean traceColumn) throws SQLException {
    OutboxItem item =
        new OutboxItem(
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
    return new Claimed(
        rs.getLong(1),
        rs.getLong(10),
        item,
        rs.getInt(7),
        Instant.ofEpochMilli(rs.getLong(8)),
        rs.getString(9),
        rs.getString(9) != null,
        traceColumn ? rs.getString(11) : null);
  }

  /**
   * Takes the lease of a candidate for this node; the candidate's attempt count is the version the
   * claim expects, so of two nodes claiming at once one wins.
   *
   * @return the claim with its attempt number, or null if another node was quicker
   */
  public Claimed claim(Claimed candidate, String owner, long leaseUntil) {
    long now = db.now();
    int won =
        db.inTransaction(
            c ->
                Sql.update(
                    c,
                    "UPDATE outbox_item SET lease_owner = ?, lease_until_ms = ?,"
                        + " attempts = attempts + 1 WHERE id = ? AND state = 'PENDING'"
                        + " AND attempts = ? AND (lease_until_ms IS NULL OR lease_until_ms < ?)",
                    owner,
                    leaseUntil,
                    candidate.id(),
                    candidate.attempt(),
                    now));
    if (won != 1) {
      return null;
    }
    return new Claimed(
        candidate.id(),
        candidate.seq(),
        candidate.item(),
        candidate.attempt() + 1,
        candidate.createdAt(),
        owner,
        candidate.takenOver(),
        candidate.traceParent());
  }

  /**
   * Extends the leases this node holds on {@code ids} in one statement (a node may hold a batch);
   * returns how many it still held.
   */
  public int renew(String owner, Collection<Long> ids, long leaseUntil) {
    if (ids.isEmpty()) {
      return 0;
    }
    List<Object> p = new ArrayList<>(List.of(leaseUntil, owner));
    p.addAll(ids);
    String sql =
        "UPDATE outbox_item SET lease_until_ms = ? WHERE lease_owner = ? AND state = 'PENDING'"
            + " AND id IN "
            + ItemStore.placeholders(ids);
    return db.inTransaction(c -> Sql.update(c, sql, p.toArray()));
  }

  /**
   * Marks the item delivered and makes the key's next item ready, in one transaction that takes the
   * key's row lock (as enqueue does): an item enqueued at the same moment either is committed
   * before and is made ready here, or reads the moved head when it gets the lock. Enqueue never
   * locks an existing item row, so the order item-then-key cannot deadlock with it.
   */
  public boolean delivered(Claimed claim) {
    String system = claim.item().system();
    String key = claim.item().key();
    return db.inTransaction(
        c -> {
          int marked =
              Sql.update(
                  c,
                  "UPDATE outbox_item SET state = 'DELIVERED', ready = 0, delivered_at_ms = ?,"
                      + " lease_owner = NULL, lease_until_ms = NULL, last_error = NULL"
                      + TOKEN,
                  db.now(),
                  claim.id(),
                  claim.owner(),
                  claim.attempt());
          if (marked != 1) {
            return false;
          }
          long next = claim.seq() + 1;
          // Waits for an enqueuer of this key to commit (its row lock): then its item is seen.
          Sql.update(
              c,
              "UPDATE outbox_key SET head_seq = ? WHERE system_name = ? AND item_key = ?",
              next,
              system,
              key);
          Sql.update(
              c,
              "UPDATE outbox_item SET ready = 1 WHERE system_name = ? AND item_key = ?"
                  + " AND seq = ? AND state = 'PENDING'",
              system,
              key,
              next);
          return true;
        });
  }

  public boolean retry(Claimed claim, long nextAttemptAt, String why) {
    return outcome(
        "UPDATE outbox_item SET next_attempt_at_ms = ?, last_error = ?, lease_owner = NULL,"
            + " lease_until_ms = NULL",
        claim,
        nextAttemptAt,
        why);
  }

  public boolean park(Claimed claim, String code, String text) {
    return outcome(
        "UPDATE outbox_item SET state = 'PARKED', ready = 0, parked_at_ms = ?, national_code = ?,"
            + " national_text = ?, lease_owner = NULL, lease_until_ms = NULL",
        claim,
        db.now(),
        code,
        text);
  }

  private boolean outcome(String update, Claimed claim, Object... values) {
    Object[] p = new Object[values.length + 3];
    System.arraycopy(values, 0, p, 0, values.length);
    p[values.length] = claim.id();
    p[values.length + 1] = claim.owner();
    p[values.length + 2] = claim.attempt();
    return db.inTransaction(c -> Sql.update(c, update + TOKEN, p)) == 1;
  }
}
