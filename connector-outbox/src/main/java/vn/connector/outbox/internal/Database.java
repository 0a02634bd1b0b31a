package vn.connector.outbox.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import vn.connector.core.internal.Jdbc;

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

  /** Detects the dialect and checks (or creates, when asked) the outbox's schema. */
  public static Database open(DataSource dataSource, Clock clock, boolean createSchema) {
    Database db = connect(dataSource, clock);
    db.ensureTables(Schema.class, "/vn/connector/outbox/schema", Schema.TABLES, createSchema);
    return db;
  }

  /**
   * Detects the dialect only; for the SDK's other modules (payment's store), which keep tables of
   * their own and check them with {@link #ensureTables}.
   */
  public static Database connect(DataSource dataSource, Clock clock) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(clock, "clock");
    try (Connection c = dataSource.getConnection()) {
      return new Database(dataSource, clock, detect(c.getMetaData()));
    } catch (SQLException e) {
      throw Sql.failure("connect", e);
    }
  }

  /**
   * Checks through the metadata that {@code tables} are there; when absent and {@code create}, runs
   * the migration {@code <resourceBase>-<dialect>.sql} (a resource of {@code owner}'s jar) in a
   * transaction of its own, else refuses naming it.
   */
  public void ensureTables(
      Class<?> owner, String resourceBase, java.util.List<String> tables, boolean create) {
    Schema.ensure(this, owner, resourceBase, tables, create);
  }

  /** Whether {@code table} has {@code column}, asked through the metadata. */
  public boolean hasColumn(String table, String column) {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      String schema = c.getSchema();
      for (String t : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
        for (String col : new String[] {column, column.toUpperCase(Locale.ROOT)}) {
          try (ResultSet rs = meta.getColumns(null, schema, t, col)) {
            if (rs.next()) {
              return true;
            }
          }
        }
      }
      return false;
    } catch (SQLException e) {
      throw Sql.failure("read the schema", e);
    }
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
      // In the connection's own schema only: another schema's tables are not the ones it uses.
      String schema = c.getSchema();
      for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
        try (ResultSet rs = meta.getTables(null, schema, name, new String[] {"TABLE"})) {
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
   * Runs {@code work} in a transaction of its own and commits it, leaving the pool's auto-commit
   * setting as it found it (core's {@link Jdbc#transaction}).
   */
  public <T> T inTransaction(Work<T> work) {
    try {
      return Jdbc.transaction(dataSource, work::run);
    } catch (SQLException e) {
      throw Sql.failure("transaction", e);
    }
  }
}
