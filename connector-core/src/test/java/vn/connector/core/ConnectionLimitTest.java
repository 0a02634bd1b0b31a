package vn.connector.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code maxConnections} bounds the connections open to an endpoint whatever the pool's locking:
 * callers beyond it wait their turn for a pooled connection instead of opening more.
 */
class ConnectionLimitTest {

  @Test
  void callersBeyondMaxConnectionsShareThePooledConnections() throws Exception {
    // Each answer waits until a second request is in flight, so the calls surely overlap: a pool
    // that kept one connection would never answer (the barrier breaks and the call fails), and a
    // pool that opened more than two would show it in the connection count. The timeout only
    // ends a broken test; a passing one never waits for it.
    CyclicBarrier inPairs = new CyclicBarrier(2);
    try (MisbehavingServer server =
            new MisbehavingServer(
                c -> {
                  while (c.readRequest()) {
                    inPairs.await(10, TimeUnit.SECONDS);
                    c.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                  }
                });
        HttpTransport t =
            HttpTransport.builder().maxConnections(2).auditListener(e -> {}).build()) {
      HttpRequest get = HttpRequest.get(server.uri("/limited")).build();
      ExecutorService callers = Executors.newFixedThreadPool(8);
      try {
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          answers.add(
              callers.submit(
                  () ->
                      t.call(
                          Call.builder("test", "op").idempotent(true).build(),
                          get,
                          HttpResponse::bodyAsString)));
        }
        for (Future<String> answer : answers) {
          assertThat(answer.get()).isEqualTo("ok");
        }
      } finally {
        callers.shutdownNow();
      }

      assertThat(server.requests()).isEqualTo(40);
      assertThat(server.connections()).isEqualTo(2);
    }
  }
}
