package vn.connector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
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
import vn.connector.testkit.security.TestPki;

/**
 * A server that requires a client certificate, over TLS 1.3: the refusal comes after the client has
 * finished its handshake, often as a reset when it writes the request. It must never be retried
 * (issue 17: one call was seen sent twice, three refused handshakes for two calls).
 */
class TlsRefusalTest {

  @TempDir static Path dir;
  static SSLServerSocket server;
  static final AtomicInteger handshakes = new AtomicInteger();

  @BeforeAll
  static void start() throws Exception {
    TestPki pki = TestPki.generate();
    pki.writeTo(dir);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(keys(dir.resolve("server.p12")), trust(dir.resolve("truststore.p12")), null);
    server =
        (SSLServerSocket)
            ctx.getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
    server.setWantClientAuth(true);
    server.setEnabledProtocols(new String[] {"TLSv1.3"});
    Thread accept = new Thread(TlsRefusalTest::acceptLoop, "tls-refusal-accept");
    accept.setDaemon(true);
    accept.start();
  }

  private static void acceptLoop() {
    while (!server.isClosed()) {
      try (SSLSocket s = (SSLSocket) server.accept()) {
        handshakes.incrementAndGet();
        s.startHandshake();
        if (!hasClientCertificate(s)) {
          // What the client sees when the TLS 1.3 alert is lost to the reset that follows it.
          s.setSoLinger(true, 0);
          continue;
        }
        InputStream in = s.getInputStream();
        in.read(new byte[4096]);
        s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes());
      } catch (Exception refused) {
        // The refusal under test.
      }
    }
  }

  private static boolean hasClientCertificate(SSLSocket s) {
    try {
      return s.getSession().getPeerCertificates().length > 0;
    } catch (javax.net.ssl.SSLPeerUnverifiedException none) {
      return false;
    }
  }

  private static javax.net.ssl.KeyManager[] keys(Path p12) throws Exception {
    KeyManagerFactory f = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    f.init(load(p12), TestPki.PASSWORD.toCharArray());
    return f.getKeyManagers();
  }

  private static javax.net.ssl.TrustManager[] trust(Path p12) throws Exception {
    TrustManagerFactory f =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    f.init(load(p12));
    return f.getTrustManagers();
  }

  private static KeyStore load(Path p12) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = java.nio.file.Files.newInputStream(p12)) {
      ks.load(in, TestPki.PASSWORD.toCharArray());
    }
    return ks;
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void aRefusedClientCertificateIsNeverRetriedEvenForAnIdempotentCall() throws Exception {
    TlsSettings anonymous =
        TlsSettings.builder().trustAnchorsPem(dir.resolve("root-ca.pem")).build();
    URI uri = URI.create("https://localhost:" + server.getLocalPort() + "/ping");
    int before = handshakes.get();
    try (HttpTransport t =
        HttpTransport.builder()
            .tls(anonymous)
            .retryPolicy(RetryPolicy.builder().maxAttempts(5).build())
            .sleeper(d -> {})
            .auditListener(e -> {})
            .build()) {
      for (int call = 0; call < 2; call++) {
        assertThatThrownBy(
                () ->
                    t.call(
                        Call.builder("test", "ping").idempotent(true).build(),
                        HttpRequest.get(uri).build(),
                        HttpResponse::bodyAsString))
            .isInstanceOfSatisfying(
                TransportException.class,
                e -> {
                  assertThat(e.isRetryable()).isFalse();
                  assertThat(e.getMessage()).contains("1 attempt");
                });
      }
    }
    assertThat(handshakes.get() - before).as("handshakes for two calls").isEqualTo(2);
  }
}
