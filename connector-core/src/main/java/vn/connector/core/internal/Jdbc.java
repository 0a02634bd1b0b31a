package vn.connector.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The little JDBC the SDK's stores share (the outbox's database, postal's waybill pool): the
 * dialect, transactions of their own whatever the pool's auto-commit setting, and one unchecked
 * failure that names the SQLState but never the SQL (its texts may quote values).
 */
public final class Jdbc {

  private Jdbc() {}

  /** Work inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection tx) throws SQLException;
  }

  public static boolean isPostgres(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    } catch (SQLException e) {
      throw failure("connect", e);
    }
  }

  /**
   * Runs {@code work} in a transaction: committed when it returns, rolled back when it throws, the
   * failure mapped to {@link #failure} under {@code what}.
   */
  public static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
    try {
      return transaction(dataSource, work);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /**
   * Runs {@code work} in a transaction of its own and commits it, setting auto-commit off for the
   * while and back as it found it, so a pool configured either way sees its connection unchanged;
   * for callers that map the failure themselves.
   */
  public static <T> T transaction(DataSource dataSource, Work<T> work) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        throw e;
      } finally {
        restore(c, auto);
      }
    }
  }

  public static void execute(DataSource dataSource, String what, String... statements) {
    inTransaction(
        dataSource,
        what,
        c -> {
          try (Statement s = c.createStatement()) {
            for (String sql : statements) {
              s.execute(sql);
            }
          }
          return null;
        });
  }

  /** Whether the failure is a constraint violation (SQLState class 23). */
  public static boolean isConstraintViolation(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s
          && s.getSQLState() != null
          && s.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  /** The SQLState and kind only: SQL texts may quote values. */
  public static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException(
        what
            + ": database failed (SQLState "
            + e.getSQLState()
            + ", "
            + e.getClass().getSimpleName()
            + ")",
        e);
  }

  private static void rollback(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void restore(Connection c, boolean auto) {
    try {
      c.setAutoCommit(auto);
    } catch (SQLException ignored) {
      // The connection goes back to the pool, which resets or discards it.
    }
  }
}
