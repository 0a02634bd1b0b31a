package vn.connector.nationalportal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 database per test, and the portal's transactions on it. */
final class PortalDatabase {

  @FunctionalInterface
  interface Work {
    void run(Connection tx) throws SQLException;
  }

  private PortalDatabase() {}

  static DataSource fresh() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:portal-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    return ds;
  }

  /** Runs {@code work} in one transaction, committed when it returns, rolled back if it throws. */
  static void inTransaction(DataSource ds, Work work) {
    try (Connection tx = ds.getConnection()) {
      tx.setAutoCommit(false);
      try {
        work.run(tx);
        tx.commit();
      } catch (RuntimeException | SQLException e) {
        tx.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
