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
  // Ends as soon as all is delivered (about 30 s on an idle 2-core machine); the margin is for a
  // machine shared with other builds.
  private static final long DEADLINE_MILLIS = 110_000;

  private final long seed = Long.getLong("outbox.seed", System.nanoTime());
  private final Random random = new Random(seed);

  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
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
      CompletableFuture<Void> enqueued = enqueueAll(ds, outbox);
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
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void oneNodeOnH2LosesNothingAndKeepsOrder() throws Exception {
    JdbcConnectionPool ds =
        JdbcConnectionPool.create("jdbc:h2:mem:acceptance;LOCK_TIMEOUT=10000", "", "");
    Outbox outbox = Outbox.builder().dataSource(ds).createSchema(true).build();
    try (CapturedLog log = new CapturedLog();
        Receiver receiver = new Receiver(seed);
        Dispatcher node = AcceptanceNode.dispatcher(ds, receiver.uri(), "h2-node", seed)) {
      node.start();
      CompletableFuture<Void> enqueued = enqueueAll(ds, outbox);
      long start = System.currentTimeMillis();
      while (!done(outbox, receiver, enqueued)
          && System.currentTimeMillis() - start < DEADLINE_MILLIS) {
        Thread.sleep(200);
      }
      // A delivery whose lease ran out (its renewal starved on a loaded machine) is sent again by
      // design, at least once; such a repeat is allowed like one after a lost answer.
      check(outbox, receiver, leasesLost(log));
    } finally {
      ds.dispose();
    }
  }

  private static int leasesLost(CapturedLog log) {
    return (int) log.text().lines().filter(l -> l.contains("lease lost to another node")).count();
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

  /**
   * Two portal threads, each enqueuing for its own half of the keys in their order, 25 items to a
   * transaction.
   */
  private static CompletableFuture<Void> enqueueAll(DataSource ds, Outbox outbox) {
    // Threads of their own: the common pool may have a single thread on two cores.
    java.util.concurrent.ExecutorService portal =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    CompletableFuture<Void> both =
        CompletableFuture.allOf(
            CompletableFuture.runAsync(() -> enqueueHalf(ds, outbox, 0), portal),
            CompletableFuture.runAsync(() -> enqueueHalf(ds, outbox, 1), portal));
    both.whenComplete((v, e) -> portal.shutdown());
    return both;
  }

  private static void enqueueHalf(DataSource ds, Outbox outbox, int half) {
    try (Connection tx = ds.getConnection()) {
      tx.setAutoCommit(false);
      int n = 0;
      for (int i = 0; i < ITEMS; i++) {
        if ((i % KEYS) % 2 == half) {
          outbox.enqueue(tx, OutboxItem.of("receiver", "K" + (i % KEYS), "item", "" + (i / KEYS)));
          if (++n % 25 == 0) {
            tx.commit();
          }
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
