package vn.connector.postal;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/** The portal's database in the tests. */
final class Databases {

  private Databases() {}

  /** A pooled in-memory H2 database of this name, kept until the JVM ends. */
  static DataSource h2(String name) {
    return JdbcConnectionPool.create(
        "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
  }
}
