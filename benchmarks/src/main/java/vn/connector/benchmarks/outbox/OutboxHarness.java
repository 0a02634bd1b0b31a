package vn.connector.benchmarks.outbox;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import vn.connector.outbox.DeliveryOutcome;
import vn.connector.outbox.Dispatcher;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxItem;

/**
 * Load harness (not a timed test) for connector-outbox on a real PostgreSQL (embedded, from its
 * Maven artifact): delivery throughput with one and with three dispatcher nodes against a fast
 * loopback stub that answers 200 at once, and the latency from the enqueuing transaction's commit
 * to the stub receiving the item. Writes {@code benchmarks/results/outbox.txt}.
 *
 * <p>Arguments: {@code [items] [keys] [output file]}.
 */
public final class OutboxHarness {

  private static final int THREADS = 8;

  private final StringBuilder report = new StringBuilder();
  private final AtomicInteger received = new AtomicInteger();
  private final ConcurrentHashMap<String, Long> arrivals = new ConcurrentHashMap<>();
  private EmbeddedPostgres pg;
  private HttpServer stub;
  private final java.util.concurrent.ExecutorService stubThreads = Executors.newFixedThreadPool(32);
  private int schemas;

  private OutboxHarness() {}

  public static void main(String[] args) throws Exception {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int keys = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    Path out = Path.of(args.length > 2 ? args[2] : "benchmarks/results/outbox.txt");
    OutboxHarness h = new OutboxHarness();
    h.start();
    try {
      h.line("connector-outbox load harness (vn.connector.benchmarks.outbox.OutboxHarness)");
      h.line(
          "JVM %s, %d processors; embedded PostgreSQL %s on loopback; stub HTTP server answers 200"
              + " at once; %d delivery threads per node, HikariCP pool per node (autoCommit=false)",
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(),
          h.pgVersion(),
          THREADS);
      h.line("");
      h.throughput(1, items, keys);
      h.throughput(3, items, keys);
      h.latency(Duration.ofMillis(50), 400);
      h.latency(Duration.ofMillis(500), 100);
    } finally {
      h.stop();
    }
    Files.writeString(out, h.report.toString(), StandardCharsets.UTF_8);
    System.out.print(h.report);
  }

  private void throughput(int nodes, int items, int keys) throws Exception {
    try (HikariDataSource enqueuer = pool(freshSchema(), 2)) {
      Outbox outbox = Outbox.builder().dataSource(enqueuer).createSchema(true).build();
      try (Connection tx = enqueuer.getConnection()) {
        for (int i = 0; i < items; i++) {
          outbox.enqueue(tx, OutboxItem.of("stub", "K" + (i % keys), "item", "" + i));
          if (i % 500 == 499) {
            tx.commit();
          }
        }
        tx.commit();
      }
      received.set(0);
      List<HikariDataSource> pools = new ArrayList<>();
      List<Dispatcher> dispatchers = new ArrayList<>();
      long start = System.nanoTime();
      for (int n = 0; n < nodes; n++) {
        HikariDataSource p = pool(enqueuer.getJdbcUrl(), THREADS + 2);
        pools.add(p);
        Dispatcher d = dispatcher(Outbox.builder().dataSource(p).build(), Duration.ofMillis(50));
        dispatchers.add(d);
        d.start();
      }
      while (outbox.report().pending() > 0) {
        Thread.sleep(100);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      dispatchers.forEach(Dispatcher::close);
      pools.forEach(HikariDataSource::close);
      line(
          "throughput, %d node(s): %,d items over %,d keys delivered in %.1f s = %,.0f items/s"
              + " (stub saw %,d requests)",
          nodes, items, keys, seconds, items / seconds, received.get());
    }
  }

  /** Items enqueued one per transaction at a steady pace; commit-to-arrival per item. */
  private void latency(Duration pollInterval, int count) throws Exception {
    try (HikariDataSource enqueuer = pool(freshSchema(), 2)) {
      Outbox outbox = Outbox.builder().dataSource(enqueuer).createSchema(true).build();
      try (HikariDataSource p = pool(enqueuer.getJdbcUrl(), THREADS + 2);
          Dispatcher d = dispatcher(Outbox.builder().dataSource(p).build(), pollInterval)) {
        d.start();
        long[] committed = new long[count];
        try (Connection tx = enqueuer.getConnection()) {
          for (int i = 0; i < count; i++) {
            outbox.enqueue(tx, new OutboxItem("stub", "L" + (i % 50), "item", "" + i, "lat-" + i));
            tx.commit();
            committed[i] = System.nanoTime();
            Thread.sleep(20);
          }
        }
        while (arrivals.keySet().stream().filter(k -> k.startsWith("lat-")).count() < count) {
          Thread.sleep(50);
        }
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
          ms[i] = (arrivals.remove("lat-" + i) - committed[i]) / 1e6;
        }
        Arrays.sort(ms);
        line(
            "latency commit->delivery, poll interval %d ms, %d items one per transaction at 50/s:"
                + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
            pollInterval.toMillis(),
            count,
            ms[count / 2],
            ms[(int) (count * 0.95)],
            ms[(int) (count * 0.99)],
            ms[count - 1]);
      }
    }
  }

  private Dispatcher dispatcher(Outbox outbox, Duration pollInterval) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI uri = URI.create("http://127.0.0.1:" + stub.getAddress().getPort() + "/items");
    return Dispatcher.builder(outbox)
        .deliverer(
            "stub",
            "item",
            item -> {
              HttpRequest r =
                  HttpRequest.newBuilder(uri)
                      .header("Idempotency-Key", item.idempotencyKey())
                      .POST(HttpRequest.BodyPublishers.ofString(item.payload()))
                      .build();
              try {
                int status = http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
                return status == 200
                    ? DeliveryOutcome.delivered()
                    : DeliveryOutcome.retry("HTTP " + status);
              } catch (Exception e) {
                return DeliveryOutcome.retry(e.getClass().getSimpleName());
              }
            })
        .threads(THREADS)
        .batchSize(2 * THREADS)
        .pollInterval(pollInterval)
        .build();
  }

  private void start() throws Exception {
    pg = EmbeddedPostgres.builder().start();
    stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    stub.createContext(
        "/items",
        ex -> {
          ex.getRequestBody().readAllBytes();
          String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
          if (key.startsWith("lat-")) {
            arrivals.putIfAbsent(key, System.nanoTime());
          }
          received.incrementAndGet();
          ex.sendResponseHeaders(200, -1);
          ex.close();
        });
    stub.setExecutor(stubThreads);
    stub.start();
  }

  private String freshSchema() throws Exception {
    String schema = "bench" + (++schemas);
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return pg.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema;
  }

  private String pgVersion() throws Exception {
    try (Connection c = pg.getPostgresDatabase().getConnection()) {
      return c.getMetaData().getDatabaseProductVersion();
    }
  }

  private static HikariDataSource pool(String url, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setAutoCommit(false);
    config.setMaximumPoolSize(size);
    return new HikariDataSource(config);
  }

  private void stop() throws Exception {
    stub.stop(0);
    stubThreads.shutdownNow();
    pg.close();
  }

  private void line(String format, Object... args) {
    report.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
