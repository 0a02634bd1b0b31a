package vn.connector.outbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The national side of the acceptance tests, on loopback: takes {@code "<key> <seq>"} bodies with
 * an {@code Idempotency-Key}, and fails at random (seeded): 503, a connection closed without an
 * answer, a hang past the client's timeout, or the item taken and the answer lost. It recognises
 * repeats by the idempotency key and counts items that arrive out of order for their key.
 */
final class Receiver implements AutoCloseable {

  static final int HANG_MILLIS = 2_500;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Random random;
  private final Map<String, String> byIdempotencyKey = new HashMap<>();
  private final Map<String, Integer> lastSeq = new HashMap<>();
  final AtomicInteger duplicates = new AtomicInteger();
  final AtomicInteger unrecognised = new AtomicInteger();
  final AtomicInteger outOfOrder = new AtomicInteger();
  final AtomicInteger answersLost = new AtomicInteger();
  final AtomicInteger faults = new AtomicInteger();

  /** Answers that took so long here that the client may have given up on them: lost too. */
  final AtomicInteger slowAnswers = new AtomicInteger();

  Receiver(long seed) throws IOException {
    random = new Random(seed);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
    server.createContext("/items", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/items");
  }

  synchronized int received() {
    return byIdempotencyKey.size();
  }

  private int draw() {
    synchronized (random) {
      return random.nextInt(1000);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    long start = System.nanoTime();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    int roll = draw();
    try {
      if (roll < 60) {
        faults.incrementAndGet();
        exchange.sendResponseHeaders(503, -1);
      } else if (roll < 90) {
        faults.incrementAndGet(); // closed without an answer: not taken
      } else if (roll < 93) {
        faults.incrementAndGet();
        Thread.sleep(HANG_MILLIS); // past the client's timeout: not taken
      } else if (roll < 123) {
        take(idempotencyKey, body);
        answersLost.incrementAndGet(); // taken, then the connection closes without the answer
      } else {
        take(idempotencyKey, body);
        exchange.sendResponseHeaders(200, -1);
        if (System.nanoTime() - start > AcceptanceNode.CLIENT_TIMEOUT.toNanos() / 2) {
          slowAnswers.incrementAndGet();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  private synchronized void take(String idempotencyKey, String body) {
    String seen = byIdempotencyKey.putIfAbsent(idempotencyKey, body);
    if (seen != null) {
      duplicates.incrementAndGet();
      if (!seen.equals(body)) {
        unrecognised.incrementAndGet();
      }
      return;
    }
    String[] parts = body.split(" ");
    int seq = Integer.parseInt(parts[1]);
    int last = lastSeq.getOrDefault(parts[0], -1);
    if (seq != last + 1) {
      outOfOrder.incrementAndGet();
    }
    lastSeq.put(parts[0], Math.max(seq, last));
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
