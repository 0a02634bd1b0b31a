package vn.connector.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * In the manner of gruelbox's acceptance tests: 10,000 items over 200 keys, a receiver failing at
 * random, and on PostgreSQL three dispatcher nodes in JVMs of their own, one killed with SIGKILL at
 * random points and started again. Nothing may be lost, each key's items arrive in order, and
 * repeats come only where an answer was lost (or a node died between the answer and its record),
 * each recognised by its idempotency key. The seed is printed only when an assertion fails ({@code
 * -Doutbox.seed=...} runs it again).
 */
class OutboxAcceptanceTest {

  private static final int ITEMS = 10_000;
  private static final int KEYS = 200;
  private static final long DEADLINE_MILLIS = 75_000;

  private final long seed = Long.getLong("outbox.seed", System.nanoTime());
  private final Random random = new Random(seed);

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void threeNodesOnPostgresqlOneKilledAtRandomLoseNothingAndKeepOrder() throws Exception {
    String schema = "acceptance" + Math.abs(seed % 100_000);
    try (Connection c = TestDatabases.server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    String url =
        TestDatabases.server().getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema;
    try (HikariDataSource ds = AcceptanceNode.pool(url);
        Receiver receiver = new Receiver(seed)) {
      Outbox outbox = Outbox.builder().dataSource(ds).createSchema(true).build();
      List<Process> nodes = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        nodes.add(fork(url, receiver, "node-" + i, seed + i));
      }
      CompletableFuture<Void> enqueued = CompletableFuture.runAsync(() -> enqueueAll(ds, outbox));
      int kills = 0;
      long start = System.currentTimeMillis();
      while (!done(outbox, receiver, enqueued)
          && System.currentTimeMillis() - start < DEADLINE_MILLIS) {
        Thread.sleep(500 + random.nextInt(2500));
        if (kills < 4 && !done(outbox, receiver, enqueued)) {
          int victim = random.nextInt(nodes.size());
          nodes.get(victim).destroyForcibly().waitFor();
          kills++;
          nodes.set(victim, fork(url, receiver, "node-" + victim + "-" + kills, seed + 10 + kills));
        }
      }
      nodes.forEach(p -> p.destroyForcibly());
      check(outbox, receiver, kills * AcceptanceNode.THREADS);
      assertThat(kills).as("seed %d", seed).isPositive();
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void oneNodeOnH2LosesNothingAndKeepsOrder() throws Exception {
    JdbcConnectionPool ds =
        JdbcConnectionPool.create("jdbc:h2:mem:acceptance;LOCK_TIMEOUT=10000", "", "");
    Outbox outbox = Outbox.builder().dataSource(ds).createSchema(true).build();
    try (Receiver receiver = new Receiver(seed);
        Dispatcher node = AcceptanceNode.dispatcher(ds, receiver.uri(), "h2-node", seed)) {
      node.start();
      CompletableFuture<Void> enqueued = CompletableFuture.runAsync(() -> enqueueAll(ds, outbox));
      long start = System.currentTimeMillis();
      while (!done(outbox, receiver, enqueued)
          && System.currentTimeMillis() - start < DEADLINE_MILLIS) {
        Thread.sleep(200);
      }
      check(outbox, receiver, 0);
    } finally {
      ds.dispose();
    }
  }

  private void check(Outbox outbox, Receiver receiver, int diedWithAnAnswer) {
    OutboxReport report = outbox.report();
    assertThat(receiver.received()).as("nothing lost (seed %d)", seed).isEqualTo(ITEMS);
    assertThat(receiver.outOfOrder.get()).as("per-key order (seed %d)", seed).isZero();
    assertThat(receiver.unrecognised.get())
        .as("repeats are the same item (seed %d)", seed)
        .isZero();
    assertThat(receiver.duplicates.get())
        .as("repeats only where an answer was lost (seed %d)", seed)
        .isLessThanOrEqualTo(
            receiver.answersLost.get() + receiver.slowAnswers.get() + diedWithAnAnswer);
    assertThat(receiver.faults.get()).as("the receiver did fail (seed %d)", seed).isPositive();
    assertThat(report.pending()).as("seed %d", seed).isZero();
    assertThat(report.parked()).as("seed %d", seed).isEmpty();
    assertThat(report.deliveredLastHour()).as("seed %d", seed).isEqualTo(ITEMS);
  }

  private static boolean done(Outbox outbox, Receiver receiver, CompletableFuture<Void> enqueued) {
    return enqueued.isDone() && receiver.received() == ITEMS && outbox.report().pending() == 0;
  }

  /** Items in the order of their key's sequence, 100 to a transaction as a busy portal would. */
  private static void enqueueAll(DataSource ds, Outbox outbox) {
    try (Connection tx = ds.getConnection()) {
      tx.setAutoCommit(false);
      for (int i = 0; i < ITEMS; i++) {
        outbox.enqueue(tx, OutboxItem.of("receiver", "K" + (i % KEYS), "item", "" + (i / KEYS)));
        if (i % 100 == 99) {
          tx.commit();
        }
      }
      tx.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Process fork(String url, Receiver receiver, String node, long seed)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    File log = Path.of("target", node + ".log").toFile();
    return new ProcessBuilder(
            java,
            "-Xmx96m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            AcceptanceNode.class.getName(),
            url,
            receiver.uri().toString(),
            node,
            Long.toString(seed))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(log)
        .start();
  }
}
