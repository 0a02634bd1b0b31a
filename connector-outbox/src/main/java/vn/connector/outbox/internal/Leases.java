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

  private static final String HEADS =
      "SELECT i.id, i.system_name, i.item_key, i.type, i.payload, i.idempotency_key, i.attempts,"
          + " i.created_at_ms, i.lease_owner FROM outbox_item i"
          + " WHERE i.state = 'PENDING' AND i.next_attempt_at_ms <= ?"
          + " AND (i.lease_until_ms IS NULL OR i.lease_until_ms < ?)"
          + " AND i.system_name IN %s"
          + " AND NOT EXISTS (SELECT 1 FROM outbox_item e WHERE e.system_name = i.system_name"
          + " AND e.item_key = i.item_key AND e.seq < i.seq AND e.state <> 'DELIVERED')"
          + " ORDER BY i.next_attempt_at_ms, i.id LIMIT ?";

  private static final String TOKEN = " WHERE id = ? AND lease_owner = ? AND attempts = ?";

  private final Database db;

  Leases(Database db) {
    this.db = db;
  }

  /** Candidates: heads of their keys, due, not leased; a claim must still win each. */
  public List<Claimed> candidates(Collection<String> systems, int limit) {
    long now = db.now();
    return db.inTransaction(
        c -> {
          List<Object> p = new ArrayList<>(List.of(now, now));
          p.addAll(systems);
          p.add(limit);
          String sql = String.format(HEADS, ItemStore.placeholders(systems));
          List<Claimed> out = new ArrayList<>();
          try (PreparedStatement s = Sql.prepare(c, sql, p.toArray());
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              out.add(read(rs));
            }
          }
          return out;
        });
  }

  private static Claimed read(ResultSet rs) throws SQLException {
    OutboxItem item =
        new OutboxItem(
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
    return new Claimed(
        rs.getLong(1),
        item,
        rs.getInt(7),
        Instant.ofEpochMilli(rs.getLong(8)),
        rs.getString(9),
        rs.getString(9) != null);
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
        candidate.item(),
        candidate.attempt() + 1,
        candidate.createdAt(),
        owner,
        candidate.takenOver());
  }

  /** Extends a held lease; false if it was lost. */
  public boolean renew(Claimed claim, long leaseUntil) {
    return outcome("UPDATE outbox_item SET lease_until_ms = ?", claim, leaseUntil);
  }

  public boolean delivered(Claimed claim) {
    return outcome(
        "UPDATE outbox_item SET state = 'DELIVERED', delivered_at_ms = ?, lease_owner = NULL,"
            + " lease_until_ms = NULL, last_error = NULL",
        claim,
        db.now());
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
        "UPDATE outbox_item SET state = 'PARKED', parked_at_ms = ?, national_code = ?,"
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
