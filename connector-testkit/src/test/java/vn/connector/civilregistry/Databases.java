package vn.connector.civilregistry;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh H2 database in memory per test (the outbox's embedded default). */
final class Databases {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private Databases() {}

  static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:civil" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }
}
