package vn.connector.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The limits of issue 8 and 17, each against a loopback server that misbehaves: the call's deadline
 * bounds everything, oversized answers are cut off, idle connections closed by the server are not
 * reused, answer headers are bounded, and a typo'd {@code http://} never drops TLS.
 */
class TransportLimitsTest {

  private static HttpTransport transport(Duration deadline) {
    return HttpTransport.builder()
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).deadline(deadline).build())
        .sleeper(d -> {})
        .auditListener(e -> {})
        .build();
  }

  private static Call call(boolean idempotent) {
    return Call.builder("test", "op").idempotent(idempotent).build();
  }

  private static long millisOf(Runnable r) {
    long t0 = System.nanoTime();
    try {
      r.run();
    } catch (ConnectorException expected) {
      // timed below
    }
    return (System.nanoTime() - t0) / 1_000_000;
  }

  @Test
  void aTricklingServerIsCutAtTheDeadlineNotAtTheSumOfReadTimeouts() throws Exception {
    try (MisbehavingServer server =
            new MisbehavingServer(
                c -> {
                  c.readRequest();
                  c.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
                  // One byte every 50 ms: never silent for a read timeout (30 s), done after 5 s.
                  c.trickle(100, Duration.ofMillis(50));
                });
        HttpTransport t = transport(Duration.ofSeconds(1))) {
      HttpRequest get = HttpRequest.get(server.uri("/slow")).build();
      long t0 = System.nanoTime();

      assertThatThrownBy(() -> t.call(call(true), get, HttpResponse::bodyAsString))
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> assertThat(e.getMessage()).contains("timed out", "1 attempt"));
      assertThat(Duration.ofNanos(System.nanoTime() - t0))
          .isBetween(Duration.ofMillis(950), Duration.ofMillis(2_500));
    }
  }

  @Test
  void aHungServerIsCutAtTheDeadline() throws Exception {
    try (MisbehavingServer server =
            new MisbehavingServer(
                c -> {
                  c.readRequest();
                  c.hangUntilClosed();
                });
        HttpTransport t = transport(Duration.ofSeconds(1))) {
      HttpRequest get = HttpRequest.get(server.uri("/hung")).build();

      long took = millisOf(() -> t.call(call(true), get, HttpResponse::bodyAsString));

      assertThat(took).isBetween(900L, 2_000L);
    }
  }

  @Test
  void anEndlessChunkedAnswerIsAbortedAtTheSizeCapNotDrained() throws Exception {
    try (MisbehavingServer server =
            new MisbehavingServer(
                c -> {
                  c.readRequest();
                  c.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
                  String chunk = "2000\r\n" + "x".repeat(0x2000) + "\r\n";
                  while (true) {
                    c.write(chunk);
                  }
                });
        HttpTransport t =
            transport(Duration.ofSeconds(5)).newBuilder().maxAnswerBytes(1 << 20).build()) {
      HttpRequest get = HttpRequest.get(server.uri("/endless")).build();
      long t0 = System.nanoTime();

      assertThatThrownBy(() -> t.call(call(true), get, HttpResponse::bodyAsString))
          .isInstanceOf(ResponseException.class)
          .hasMessageContaining("1048576 bytes");
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
      assertThat(t.openConnections()).isZero();
    }
  }

  @Test
  void aNonIdempotentCallNeverFailsOnAKeepAliveConnectionTheServerClosedWhileIdle()
      throws Exception {
    try (MisbehavingServer server =
            new MisbehavingServer(
                c -> {
                  c.readRequest();
                  c.write(
                      "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok");
                  // and returns: the socket is closed at once, without notice, keep-alive said
                });
        HttpTransport t = transport(Duration.ofSeconds(10))) {
      HttpRequest init =
          HttpRequest.post(server.uri("/init")).body("{}", "application/json").build();
      assertThat(t.call(call(false), init, HttpResponse::bodyAsString)).isEqualTo("ok");
      assertThat(server.awaitClosedConnections(1, Duration.ofSeconds(5))).isTrue();
      // HttpClient checks a pooled connection before reuse once it has been idle for 500 ms, on
      // its own wall clock (nothing to inject): the connection must be older than that.
      server.idleFor(Duration.ofMillis(600));

      assertThat(t.call(call(false), init, HttpResponse::bodyAsString)).isEqualTo("ok");
      assertThat(server.requests()).isEqualTo(2);
    }
  }

  @Test
  void answerHeadersBeyondTheCountLimitAreRefusedQuicklyAndNotRetried() throws Exception {
    String many = "X-Filler: v\r\n".repeat(100_000);
    try (MisbehavingServer server =
            new MisbehavingServer(
                c -> {
                  c.readRequest();
                  c.write("HTTP/1.1 200 OK\r\n" + many + "Content-Length: 0\r\n\r\n");
                });
        HttpTransport t = transport(Duration.ofSeconds(10))) {
      HttpRequest get = HttpRequest.get(server.uri("/headers")).build();

      assertThatThrownBy(() -> t.call(call(true), get, HttpResponse::bodyAsString))
          .isInstanceOfSatisfying(
              ResponseException.class, e -> assertThat(e.isRetryable()).isFalse());
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void aHeaderLineOfOneMegabyteIsRefused() throws Exception {
    String huge = "Signature-Input: sig=(" + "\"a\" ".repeat(250_000) + ")\r\n";
    try (MisbehavingServer server =
            new MisbehavingServer(
                c -> {
                  c.readRequest();
                  c.write("HTTP/1.1 200 OK\r\n" + huge + "Content-Length: 0\r\n\r\n");
                });
        HttpTransport t = transport(Duration.ofSeconds(10))) {
      HttpRequest get = HttpRequest.get(server.uri("/line")).build();

      assertThatThrownBy(() -> t.call(call(true), get, HttpResponse::bodyAsString))
          .isInstanceOf(ResponseException.class);
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void plainHttpIsRefusedWhenTlsIsConfiguredUnlessTheEndpointIsOnTheDedicatedNetwork()
      throws Exception {
    try (MisbehavingServer server =
        new MisbehavingServer(
            c -> {
              c.readRequest();
              c.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            })) {
      HttpRequest get = HttpRequest.get(server.uri("/plain")).build();
      HttpTransport.Builder tls =
          transport(Duration.ofSeconds(5)).newBuilder().tls(TlsSettings.jvmDefault());
      try (HttpTransport typo = tls.build()) {
        assertThatThrownBy(() -> typo.call(call(true), get, HttpResponse::bodyAsString))
            .isInstanceOfSatisfying(
                TransportException.class,
                e -> {
                  assertThat(e.isRetryable()).isFalse();
                  assertThat(e.getCause()).hasMessageContaining("dedicatedNetwork");
                });
        assertThat(server.connections()).isZero();
      }
      try (HttpTransport meant = tls.dedicatedNetwork(true).build()) {
        assertThat(meant.call(call(true), get, HttpResponse::bodyAsString)).isEqualTo("ok");
      }
    }
  }
}
