package vn.connector.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OutboxTest {

  private static OutboxItem item(String key, String payload) {
    return OutboxItem.of("dvcqg", key, "status", payload);
  }

  private static Outbox outbox(DataSource ds) {
    return Outbox.builder().dataSource(ds).createSchema(true).build();
  }

  private static long pending(Outbox outbox) {
    return outbox.report().pending();
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void enqueuedItemCommitsAndRollsBackWithTheCallersTransaction(Db db) throws SQLException {
    DataSource ds = db.fresh();
    Outbox outbox = outbox(ds);
    try (Connection tx = ds.getConnection()) {
      tx.setAutoCommit(false);
      outbox.enqueue(tx, item("K1", "rolled back"));
      assertThat(pending(outbox)).as("invisible before commit").isZero();
      tx.rollback();
      outbox.enqueue(tx, item("K1", "kept"));
      assertThat(tx.getAutoCommit()).as("auto-commit left as it was").isFalse();
      tx.commit();
    }
    RecordingDeliverer d = new RecordingDeliverer();
    Dispatcher.builder(outbox).deliverer("dvcqg", "status", d).build().dispatchOnce();
    assertThat(d.payloads()).containsExactly("kept");
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void enqueuesOnItsOwnThroughAPoolThatDoesNotAutoCommit(Db db) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(db.fresh());
    config.setAutoCommit(false);
    config.setMaximumPoolSize(3);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      Outbox outbox = outbox(pool);
      outbox.enqueue(item("K1", "a1"));
      // A pool rolls back what a borrower left uncommitted: the item must have been committed.
      assertThat(pending(outbox)).isEqualTo(1);
      RecordingDeliverer d = new RecordingDeliverer();
      Dispatcher.builder(outbox).deliverer("dvcqg", "status", d).build().dispatchOnce();
      assertThat(d.payloads()).containsExactly("a1");
      assertThat(outbox.report().deliveredLastHour()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void enqueuesAnIdempotencyKeyOnce(Db db) {
    Outbox outbox = outbox(db.fresh());
    OutboxItem first = new OutboxItem("dvcqg", "K1", "status", "a", "idem-1");
    long id = outbox.enqueue(first);
    assertThat(outbox.enqueue(new OutboxItem("dvcqg", "K1", "status", "b", "idem-1")))
        .isEqualTo(id);
    assertThat(pending(outbox)).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void refusesToStartWithoutItsTablesNamingTheMigration(Db db) {
    assertThatThrownBy(() -> Outbox.builder().dataSource(db.fresh()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("vn/connector/outbox/schema-" + db.name().toLowerCase() + ".sql");
  }

  @Test
  void neverPoisonsTheTransactionOfAJoinedDataSourceWhenProbingTheSchema() throws SQLException {
    DataSource ds = TestDatabases.postgres();
    try (Connection tx = ds.getConnection()) {
      tx.setAutoCommit(false);
      exec(tx, "CREATE TABLE dossier (code VARCHAR(40))");
      exec(tx, "INSERT INTO dossier VALUES ('H01.01-261201-0001')");
      assertThatThrownBy(() -> Outbox.builder().dataSource(new JoinedDataSource(tx)).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("absent");
      // On PostgreSQL any failed statement aborts the transaction; this one must still work.
      exec(tx, "INSERT INTO dossier VALUES ('H01.01-261201-0002')");
      tx.commit();
    }
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM dossier")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(2);
    }
  }

  @Test
  void concurrentEnqueuersOfOneKeyAreDeliveredInTheOrderTheyCommit() throws Exception {
    DataSource ds = TestDatabases.postgres();
    Outbox outbox = outbox(ds);
    RecordingDeliverer d = new RecordingDeliverer();
    Dispatcher dispatcher = Dispatcher.builder(outbox).deliverer("dvcqg", "status", d).build();
    try (Connection first = ds.getConnection()) {
      first.setAutoCommit(false);
      outbox.enqueue(first, item("K1", "first"));
      CompletableFuture<Void> second =
          CompletableFuture.runAsync(
              () -> {
                try (Connection tx = ds.getConnection()) {
                  tx.setAutoCommit(false);
                  outbox.enqueue(tx, item("K1", "second"));
                  tx.commit();
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      awaitBlockedOnALock(ds, second);
      assertThat(dispatcher.dispatchOnce()).as("the second waits for the first").isZero();
      first.commit();
      second.join();
    }
    dispatcher.dispatchOnce();
    dispatcher.dispatchOnce();
    assertThat(d.payloads()).containsExactly("first", "second");
  }

  /** Waits until another backend waits for a row lock (or the future ended: then it failed). */
  private static void awaitBlockedOnALock(DataSource ds, CompletableFuture<Void> f)
      throws Exception {
    for (int i = 0; i < 500 && !f.isDone(); i++) {
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")) {
        rs.next();
        if (rs.getInt(1) > 0) {
          return;
        }
      }
      Thread.sleep(10);
    }
    assertThat(f).as("second enqueuer should wait for the first's commit").isNotDone();
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
