package vn.connector.outbox;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;
import javax.sql.DataSource;

/**
 * One portal node of the acceptance test: a dispatcher delivering to the {@link Receiver}. Run in a
 * JVM of its own (so the test can kill it with SIGKILL) or in the test's JVM.
 */
final class AcceptanceNode {

  static final Duration CLIENT_TIMEOUT = Duration.ofMillis(2000);
  static final int THREADS = 8;

  private AcceptanceNode() {}

  /** Arguments: JDBC URL, receiver URI, node name, seed. Runs until its standard input closes. */
  public static void main(String[] args) throws IOException {
    try (HikariDataSource ds = pool(args[0]);
        Dispatcher d = dispatcher(ds, URI.create(args[1]), args[2], Long.parseLong(args[3]))) {
      d.start();
      while (System.in.read() >= 0) {
        // Runs until the test closes our input (or kills us).
      }
    }
  }

  /** A pool that does not auto-commit, as a Spring Boot portal often runs it. */
  static HikariDataSource pool(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setAutoCommit(false);
    config.setMaximumPoolSize(5);
    return new HikariDataSource(config);
  }

  static Dispatcher dispatcher(DataSource ds, URI receiver, String node, long seed) {
    Outbox outbox = Outbox.builder().dataSource(ds).build();
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CLIENT_TIMEOUT)
            .build();
    return Dispatcher.builder(outbox)
        .deliverer("receiver", "item", item -> send(http, receiver, item))
        .threads(THREADS)
        .batchSize(16)
        .pollInterval(Duration.ofMillis(50))
        .lease(Duration.ofSeconds(2))
        .backoff(new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), 0.5))
        .node(node)
        .random(new Random(seed))
        .build();
  }

  private static DeliveryOutcome send(HttpClient http, URI receiver, OutboxItem item) {
    HttpRequest request =
        HttpRequest.newBuilder(receiver)
            .timeout(CLIENT_TIMEOUT)
            .header("Idempotency-Key", item.idempotencyKey())
            .POST(HttpRequest.BodyPublishers.ofString(item.key() + " " + item.payload()))
            .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status == 200 ? DeliveryOutcome.delivered() : DeliveryOutcome.retry("HTTP " + status);
    } catch (IOException e) {
      return DeliveryOutcome.retry(e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DeliveryOutcome.retry("interrupted");
    }
  }
}
