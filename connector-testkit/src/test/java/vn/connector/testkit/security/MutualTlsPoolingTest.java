package vn.connector.testkit.security;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.core.Call;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.HttpTransport;
import vn.connector.core.RetryPolicy;
import vn.connector.core.TlsSettings;
import vn.connector.core.TransportException;

/**
 * Mutual TLS against WireMock with {@code needClientAuth}: core's pooled transport reuses its
 * client-certificate connections, so handshakes stay far below requests.
 */
class MutualTlsPoolingTest {

  @TempDir static Path dir;
  static TestPki pki;
  static WireMockServer server;
  static ConnectionCounter counter;

  @BeforeAll
  static void start() throws Exception {
    pki = TestPki.generate();
    pki.writeTo(dir);
    server =
        new WireMockServer(
            options()
                .httpDisabled(true)
                .dynamicHttpsPort()
                .keystorePath(dir.resolve("server.p12").toString())
                .keystoreType("PKCS12")
                .keystorePassword(TestPki.PASSWORD)
                .keyManagerPassword(TestPki.PASSWORD)
                .needClientAuth(true)
                .trustStorePath(dir.resolve("truststore.p12").toString())
                .trustStoreType("PKCS12")
                .trustStorePassword(TestPki.PASSWORD));
    server.start();
    server.stubFor(get("/ping").willReturn(okJson("{\"ok\":true}")));
    counter = new ConnectionCounter(server.httpsPort());
  }

  @AfterAll
  static void stop() throws Exception {
    counter.close();
    server.stop();
  }

  static String ping(HttpTransport transport) {
    URI uri = URI.create("https://localhost:" + counter.port() + "/ping");
    return transport.call(
        Call.builder("test", "ping").idempotent(true).build(),
        HttpRequest.get(uri).build(),
        HttpResponse::bodyAsString);
  }

  @Test
  void reusesPooledClientCertificateConnections() throws Exception {
    TlsSettings tls =
        TlsSettings.builder()
            .trustAnchorsPem(dir.resolve("root-ca.pem"))
            .clientCertificatePkcs12(dir.resolve("agency.p12"), TestPki.PASSWORD.toCharArray())
            .build();
    int before = counter.connections();
    try (HttpTransport transport =
        HttpTransport.builder()
            .tls(tls)
            .maxConnections(4)
            .retryPolicy(RetryPolicy.none())
            .build()) {
      for (int i = 0; i < 40; i++) {
        assertThat(ping(transport)).contains("ok");
      }
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        results.add(pool.submit(() -> ping(transport)));
      }
      for (Future<String> result : results) {
        assertThat(result.get()).contains("ok");
      }
      pool.shutdown();
    }
    int handshakes = counter.connections() - before;
    // At most one per pooled route slot (4) in practice; a little headroom for a server-side idle
    // close.
    assertThat(handshakes)
        .as("TLS connections (= full handshakes) for 120 requests")
        .isBetween(1, 8);
  }

  @Test
  void serverRefusesClientWithoutCertificate() {
    TlsSettings anonymous =
        TlsSettings.builder().trustAnchorsPem(dir.resolve("root-ca.pem")).build();
    try (HttpTransport transport =
        HttpTransport.builder().tls(anonymous).retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> ping(transport)).isInstanceOf(TransportException.class);
    }
  }

  @Test
  void clientRefusesServerOutsideItsAnchors() {
    TlsSettings foreignAnchor =
        TlsSettings.builder()
            .trustAnchors(List.of(pki.foreign().chain().get(1)))
            .clientCertificate(pki.agency().privateKey(), pki.agency().chain())
            .build();
    try (HttpTransport transport =
        HttpTransport.builder().tls(foreignAnchor).retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> ping(transport)).isInstanceOf(TransportException.class);
    }
  }
}
