package vn.connector.payment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 */
final class JdbcPaymentStore implements PaymentStore {

  private static final String SCHEMA = "/vn/connector/payment/payment-store.sql";
  private static final String COLUMNS = "reference, dossier, amount, started_at_ms, state";

  private final DataSource dataSource;

  private JdbcPaymentStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  static JdbcPaymentStore create(DataSource dataSource) {
    JdbcPaymentStore store = new JdbcPaymentStore(Objects.requireNonNull(dataSource, "dataSource"));
    store.createSchemaIfAbsent();
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
  public void finishApplying(PaymentReference reference, String transactionId) {
    update(
        "finishApplying",
        "UPDATE payment_confirmation SET state = 'APPLIED' WHERE reference = ? AND"
            + " transaction_id = ? AND state = 'APPLYING'",
        reference.value(),
        transactionId);
  }

  @Override
  public void abandonApplying(PaymentReference reference, String transactionId) {
    update(
        "abandonApplying",
        "DELETE FROM payment_confirmation WHERE reference = ? AND transaction_id = ?"
            + " AND state = 'APPLYING'",
        reference.value(),
        transactionId);
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

  private void createSchemaIfAbsent() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      if (tablesExist(c)) {
        return;
      }
      for (String ddl : schemaStatements()) {
        s.execute(ddl);
      }
    } catch (SQLException e) {
      throw failure("createSchema", e);
    }
  }

  private static boolean tablesExist(Connection c) {
    try (Statement probe = c.createStatement()) {
      probe
          .executeQuery("SELECT state, marked_at_ms FROM payment_confirmation WHERE 1 = 0")
          .close();
      return true;
    } catch (SQLException absent) {
      return false;
    }
  }

  static List<String> schemaStatements() {
    try (InputStream in = JdbcPaymentStore.class.getResourceAsStream(SCHEMA)) {
      String text =
          new String(Objects.requireNonNull(in, SCHEMA).readAllBytes(), StandardCharsets.UTF_8);
      StringBuilder sql = new StringBuilder();
      text.lines()
          .filter(l -> !l.strip().startsWith("--"))
          .forEach(l -> sql.append(l).append('\n'));
      List<String> statements = new ArrayList<>();
      for (String statement : sql.toString().split(";")) {
        if (!statement.isBlank()) {
          statements.add(statement.strip());
        }
      }
      return statements;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
