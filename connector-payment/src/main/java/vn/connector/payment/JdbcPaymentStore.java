package vn.connector.payment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import vn.connector.core.DossierCode;
import vn.connector.core.Money;
import vn.connector.payment.model.PaymentAttempt;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentState;

/**
 * {@link PaymentStore} over plain JDBC; every statement runs in its own auto-commit transaction.
 * {@link JdbcSchema} creates the absent tables; a {@code payment_confirmation} table from a version
 * before the APPLYING/APPLIED marks ({@code applied_at_ms}) is refused with the migration to run
 * (documented in {@code payment-store.sql}):
 *
 * <pre>
 * ALTER TABLE payment_confirmation ADD COLUMN state VARCHAR(16) DEFAULT 'APPLIED' NOT NULL;
 * ALTER TABLE payment_confirmation RENAME COLUMN applied_at_ms TO marked_at_ms;
 * </pre>
 *
 * <p>The lease token of an APPLYING mark is its {@code marked_at_ms}: finishing or abandoning
 * matches it, so a holder whose mark was taken over cannot end the new holder's.
 */
final class JdbcPaymentStore implements PaymentStore {

  private static final String COLUMNS = "reference, dossier, amount, started_at_ms, state";

  private final DataSource dataSource;

  private JdbcPaymentStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  static JdbcPaymentStore create(DataSource dataSource) {
    JdbcPaymentStore store = new JdbcPaymentStore(Objects.requireNonNull(dataSource, "dataSource"));
    JdbcSchema.createIfAbsent(dataSource);
    return store;
  }

  @Override
  public void saveAttempt(PaymentAttempt a) {
    String sql = "INSERT INTO payment_attempt (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, a.reference().value());
      s.setString(2, a.dossier().value());
      s.setLong(3, a.amount().amount());
      s.setLong(4, a.startedAt().toEpochMilli());
      s.setString(5, a.state().name());
      s.executeUpdate();
    } catch (SQLException e) {
      if (isDuplicate(e)) {
        throw new IllegalStateException("reference: an attempt " + a.reference() + " exists", e);
      }
      throw failure("saveAttempt", e);
    }
  }

  @Override
  public Optional<PaymentAttempt> attempt(PaymentReference reference) {
    List<PaymentAttempt> found =
        query("SELECT " + COLUMNS + " FROM payment_attempt WHERE reference = ?", reference.value());
    return found.stream().findFirst();
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
  public ApplyMark beginApplying(
      PaymentReference reference, String transactionId, Instant at, Instant staleBefore) {
    Objects.requireNonNull(transactionId, "transactionId");
    // A mark abandoned between our failed insert and our read is gone: try again (bounded).
    for (int tries = 0; tries < 3; tries++) {
      if (insertApplying(reference, transactionId, at)
          || update(
                  "takeOver",
                  "UPDATE payment_confirmation SET marked_at_ms = ? WHERE reference = ? AND"
                      + " transaction_id = ? AND state = 'APPLYING' AND marked_at_ms < ?",
                  at.toEpochMilli(),
                  reference.value(),
                  transactionId,
                  staleBefore.toEpochMilli())
              == 1) {
        return ApplyMark.NEW;
      }
      Optional<String> state = markState(reference, transactionId);
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
            transactionId,
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
            transactionId,
            markedAt.toEpochMilli())
        == 1;
  }

  private boolean insertApplying(PaymentReference reference, String transactionId, Instant at) {
    String sql =
        "INSERT INTO payment_confirmation (reference, transaction_id, state, marked_at_ms)"
            + " VALUES (?, ?, 'APPLYING', ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, reference.value());
      s.setString(2, transactionId);
      s.setLong(3, at.toEpochMilli());
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      // The primary key refuses the second copy, also when both arrive at once: that refusal is
      // the insert-if-absent, portable across databases without MERGE or ON CONFLICT.
      if (isDuplicate(e)) {
        return false;
      }
      throw failure("beginApplying", e);
    }
  }

  private Optional<String> markState(PaymentReference reference, String transactionId) {
    String sql =
        "SELECT state FROM payment_confirmation WHERE reference = ? AND transaction_id = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, reference.value());
      s.setString(2, transactionId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("beginApplying", e);
    }
  }

  /** Runs one UPDATE or DELETE whose parameters are strings and longs; returns the row count. */
  private int update(String operation, String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  private List<PaymentAttempt> query(String sql, String parameter) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (ResultSet rs = s.executeQuery()) {
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
    } catch (SQLException e) {
      throw failure("query", e);
    }
  }

  private static boolean isDuplicate(SQLException e) {
    // SQLState class 23 is "integrity constraint violation" in SQL:2003, used by every major
    // driver.
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }

  private static IllegalStateException failure(String operation, SQLException e) {
    return new IllegalStateException(
        "payment store: " + operation + " failed: " + e.getMessage(), e);
  }
}
