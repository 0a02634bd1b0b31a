package vn.connector.payment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import vn.connector.core.DossierCode;
import vn.connector.core.Money;
import vn.connector.outbox.internal.Database;
import vn.connector.outbox.internal.Sql;
import vn.connector.payment.model.PaymentAttempt;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentState;

/**
 * {@link PaymentStore} over JDBC on connector-outbox's database layer: each operation runs in a
 * transaction of its own that commits whatever the pool's auto-commit setting is, and no statement
 * is expected to fail (insert-if-absent by {@code ON CONFLICT DO NOTHING} on PostgreSQL, where any
 * error aborts a transaction; on H2, which rolls back only the failed statement, by catching the
 * duplicate). {@link JdbcSchema} creates the absent tables.
 *
 * <p>The lease token of an APPLYING mark is its {@code marked_at_ms}: finishing, abandoning or
 * renewing matches it, so a holder whose mark was taken over cannot end the new holder's.
 */
final class JdbcPaymentStore implements PaymentStore {

  /** The width of {@code transaction_id}; a longer MaGiaoDich is keyed by its SHA-256. */
  static final int KEY_WIDTH = 100;

  private static final String COLUMNS = "reference, dossier, amount, started_at_ms, state";

  private final Database db;

  private JdbcPaymentStore(Database db) {
    this.db = db;
  }

  static JdbcPaymentStore create(DataSource dataSource) {
    Database db =
        Database.connect(Objects.requireNonNull(dataSource, "dataSource"), Clock.systemUTC());
    JdbcSchema.createIfAbsent(db);
    return new JdbcPaymentStore(db);
  }

  /** MaGiaoDich as kept: itself, or {@code sha256:<hex>} when longer than the column. */
  static String transactionKey(String transactionId) {
    Objects.requireNonNull(transactionId, "transactionId");
    if (transactionId.length() <= KEY_WIDTH) {
      return transactionId;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(transactionId.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  @Override
  public void saveAttempt(PaymentAttempt a) {
    Objects.requireNonNull(a, "attempt");
    String sql = "INSERT INTO payment_attempt (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)";
    Object[] p = {
      a.reference().value(),
      a.dossier().value(),
      a.amount().amount(),
      a.startedAt().toEpochMilli(),
      a.state().name()
    };
    if (!insertIfAbsent("saveAttempt", sql, p)) {
      throw new IllegalStateException("reference: an attempt " + a.reference() + " exists");
    }
  }

  @Override
  public Optional<PaymentAttempt> attempt(PaymentReference reference) {
    return query(
            "SELECT " + COLUMNS + " FROM payment_attempt WHERE reference = ?", reference.value())
        .stream()
        .findFirst();
  }

  @Override
  public void updateState(PaymentReference reference, PaymentState state) {
    update(
        "updateState",
        "UPDATE payment_attempt SET state = ? WHERE reference = ?",
        state.name(),
        reference.value());
  }

  @Override
  public List<PaymentAttempt> pendingAttempts() {
    return query(
        "SELECT " + COLUMNS + " FROM payment_attempt WHERE state = ? ORDER BY started_at_ms",
        PaymentState.PENDING.name());
  }

  @Override
  public List<PaymentAttempt> attemptsToReconcile(Instant failedSince) {
    return query(
        "SELECT "
            + COLUMNS
            + " FROM payment_attempt WHERE state = ? OR (state = ?"
            + " AND started_at_ms >= ?) ORDER BY started_at_ms",
        PaymentState.PENDING.name(),
        PaymentState.FAILED.name(),
        failedSince.toEpochMilli());
  }

  @Override
  public ApplyMark beginApplying(
      PaymentReference reference, String transactionId, Instant at, Instant staleBefore) {
    String key = transactionKey(transactionId);
    // A mark abandoned between our failed insert and our read is gone: try again (bounded).
    for (int tries = 0; tries < 3; tries++) {
      if (insertIfAbsent(
              "beginApplying",
              "INSERT INTO payment_confirmation (reference, transaction_id, state, marked_at_ms)"
                  + " VALUES (?, ?, 'APPLYING', ?)",
              new Object[] {reference.value(), key, at.toEpochMilli()})
          || update(
                  "takeOver",
                  "UPDATE payment_confirmation SET marked_at_ms = ? WHERE reference = ? AND"
                      + " transaction_id = ? AND state = 'APPLYING' AND marked_at_ms < ?",
                  at.toEpochMilli(),
                  reference.value(),
                  key,
                  staleBefore.toEpochMilli())
              == 1) {
        return ApplyMark.NEW;
      }
      Optional<String> state = markState(reference, key);
      if (state.isPresent()) {
        return ApplyMark.valueOf(state.get());
      }
    }
    throw new IllegalStateException("payment store: the mark of " + reference + " keeps changing");
  }

  @Override
  public boolean finishApplying(
      PaymentReference reference, String transactionId, Instant markedAt) {
    return update(
            "finishApplying",
            "UPDATE payment_confirmation SET state = 'APPLIED' WHERE reference = ? AND"
                + " transaction_id = ? AND state = 'APPLYING' AND marked_at_ms = ?",
            reference.value(),
            transactionKey(transactionId),
            markedAt.toEpochMilli())
        == 1;
  }

  @Override
  public boolean abandonApplying(
      PaymentReference reference, String transactionId, Instant markedAt) {
    return update(
            "abandonApplying",
            "DELETE FROM payment_confirmation WHERE reference = ? AND transaction_id = ?"
                + " AND state = 'APPLYING' AND marked_at_ms = ?",
            reference.value(),
            transactionKey(transactionId),
            markedAt.toEpochMilli())
        == 1;
  }

  @Override
  public boolean renewApplying(
      PaymentReference reference, String transactionId, Instant markedAt, Instant renewedAt) {
    return update(
            "renewApplying",
            "UPDATE payment_confirmation SET marked_at_ms = ? WHERE reference = ? AND"
                + " transaction_id = ? AND state = 'APPLYING' AND marked_at_ms = ?",
            renewedAt.toEpochMilli(),
            reference.value(),
            transactionKey(transactionId),
            markedAt.toEpochMilli())
        == 1;
  }

  /** Inserts a row unless its primary key is there; never fails on the duplicate. */
  private boolean insertIfAbsent(String operation, String insert, Object[] parameters) {
    try {
      return db.inTransaction(c -> insertIfAbsent(c, insert, parameters));
    } catch (IllegalStateException e) {
      throw failure(operation, e);
    }
  }

  private boolean insertIfAbsent(Connection c, String insert, Object[] parameters)
      throws SQLException {
    if (db.dialect() == Database.Dialect.POSTGRESQL) {
      return Sql.update(c, insert + " ON CONFLICT DO NOTHING", parameters) == 1;
    }
    try {
      return Sql.update(c, insert, parameters) == 1;
    } catch (SQLException e) {
      if (Sql.isDuplicate(e)) {
        return false;
      }
      throw e;
    }
  }

  private Optional<String> markState(PaymentReference reference, String key) {
    try {
      return db.inTransaction(
          c -> {
            try (PreparedStatement s =
                    Sql.prepare(
                        c,
                        "SELECT state FROM payment_confirmation WHERE reference = ?"
                            + " AND transaction_id = ?",
                        reference.value(),
                        key);
                ResultSet rs = s.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          });
    } catch (IllegalStateException e) {
      throw failure("beginApplying", e);
    }
  }

  private int update(String operation, String sql, Object... parameters) {
    try {
      return db.inTransaction(c -> Sql.update(c, sql, parameters));
    } catch (IllegalStateException e) {
      throw failure(operation, e);
    }
  }

  private List<PaymentAttempt> query(String sql, Object... parameters) {
    try {
      return db.inTransaction(
          c -> {
            try (PreparedStatement s = Sql.prepare(c, sql, parameters);
                ResultSet rs = s.executeQuery()) {
              List<PaymentAttempt> attempts = new ArrayList<>();
              while (rs.next()) {
                attempts.add(
                    new PaymentAttempt(
                        PaymentReference.of(rs.getString(1)),
                        DossierCode.parse(rs.getString(2)),
                        Money.vnd(rs.getLong(3)),
                        Instant.ofEpochMilli(rs.getLong(4)),
                        PaymentState.valueOf(rs.getString(5))));
              }
              return attempts;
            }
          });
    } catch (IllegalStateException e) {
      throw failure("query", e);
    }
  }

  private static IllegalStateException failure(String operation, IllegalStateException e) {
    return new IllegalStateException(
        "payment store: " + operation + " failed: " + e.getMessage(), e);
  }
}
