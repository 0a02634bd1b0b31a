package vn.connector.outbox.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The outbox's database: its dialect, its clock, and transactions of its own that work whatever the
 * pool's auto-commit setting is.
 */
public final class Database {

  /** The databases whose SQL differs where it matters here (insert-if-absent). */
  public enum Dialect {
    POSTGRESQL,
    H2
  }

  private final DataSource dataSource;
  private final Clock clock;
  private final Dialect dialect;

  private Database(DataSource dataSource, Clock clock, Dialect dialect) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.dialect = dialect;
  }

  /** Detects the dialect and checks (or creates, when asked) the schema. */
  public static Database open(DataSource dataSource, Clock clock, boolean createSchema) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(clock, "clock");
    Dialect dialect;
    try (Connection c = dataSource.getConnection()) {
      dialect = detect(c.getMetaData());
    } catch (SQLException e) {
      throw Sql.failure("connect", e);
    }
    Database db = new Database(dataSource, clock, dialect);
    Schema.ensure(db, createSchema);
    return db;
  }

  static Dialect detect(DatabaseMetaData meta) throws SQLException {
    String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgresql")) {
      return Dialect.POSTGRESQL;
    }
    if (product.contains("h2")) {
      return Dialect.H2;
    }
    throw new IllegalStateException(
        "database "
            + meta.getDatabaseProductName()
            + " is not supported: PostgreSQL and H2 are (Oracle and MySQL schemas are documented"
            + " only)");
  }

  public Dialect dialect() {
    return dialect;
  }

  public Clock clock() {
    return clock;
  }

  public long now() {
    return clock.millis();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Whether a table is there, asked through the metadata, so no failing query poisons anything. */
  boolean hasTable(String table) {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
        try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
          if (rs.next()) {
            return true;
          }
        }
      }
      return false;
    } catch (SQLException e) {
      throw Sql.failure("read the schema", e);
    }
  }

  /** Work inside a transaction of its own. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in a transaction of its own and commits it, setting auto-commit off for the
   * while and back as it found it, so a pool configured either way sees its connection unchanged.
   */
  public <T> T inTransaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      if (autoCommit) {
        c.setAutoCommit(false);
      }
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        throw e;
      } finally {
        if (autoCommit) {
          c.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw Sql.failure("transaction", e);
    }
  }

  private static void rollback(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
