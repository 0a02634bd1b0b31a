package vn.connector.testkit.security;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * HTTPS for a simulator that requires the secured profile: the test PKI's server certificate
 * (localhost, 127.0.0.1) and, for mutual TLS, client certificates required and checked against the
 * test root. WireMock reads key stores from files, so the PKI is written to a private temporary
 * directory, removed on close.
 *
 * <pre>{@code
 * HttpsFiles https = new HttpsFiles(pki);
 * WireMockServer server = new WireMockServer(https.configure(options(), 0, true));
 * }</pre>
 */
public final class HttpsFiles implements AutoCloseable {

  private final Path directory;

  public HttpsFiles(TestPki pki) {
    try {
      this.directory = pki.writeTo(Files.createTempDirectory("simulator-pki"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Serves HTTPS only on {@code port} (0: a free one), requiring client certificates when {@code
   * mutualTls}.
   */
  public WireMockConfiguration configure(
      WireMockConfiguration config, int port, boolean mutualTls) {
    config
        .httpDisabled(true)
        .httpsPort(port)
        .keystorePath(directory.resolve("server.p12").toString())
        .keystoreType("PKCS12")
        .keystorePassword(TestPki.PASSWORD)
        .keyManagerPassword(TestPki.PASSWORD);
    if (mutualTls) {
      config
          .needClientAuth(true)
          .trustStorePath(directory.resolve("truststore.p12").toString())
          .trustStoreType("PKCS12")
          .trustStorePassword(TestPki.PASSWORD);
    }
    return config;
  }

  /** Removes the written key stores. */
  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory of test keys is harmless; stopping the simulator matters
      // more.
    }
  }
}
