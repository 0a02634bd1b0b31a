package vn.connector.benchmarks.compare;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import vn.connector.testkit.security.TestPki;

/**
 * The loopback stub as its own JVM process, so that the harness JVM's CPU time, allocations, GC and
 * JIT belong to the clients under test alone (the stub still shares the machine's cores, equally
 * with both clients, as rounds are interleaved). Prints one line with its ports, then answers
 * {@code stats <server>} lines on stdin with handshake, connection and request counts; ends on
 * {@code quit} or when stdin closes.
 *
 * <p>Arguments: the directory of a {@link TestPki} written by {@link TestPki#writeTo}; then {@code
 * loaded} to serve {@link StubRoutes#loaded} too (the secured-excess run), which the comparison
 * does not start.
 */
public final class StubMain {

  private StubMain() {}

  public static void main(String[] args) throws Exception {
    TestPki pki = TestPki.readFrom(Path.of(args[0]));
    SSLContext tls = serverContext(pki);
    Map<String, StubServer> servers = new LinkedHashMap<>();
    servers.put("http", StubServer.plain(StubRoutes.plain()));
    servers.put("tls", StubServer.tls(StubRoutes.plain(), tls, false));
    servers.put("mtls", StubServer.tls(StubRoutes.plain(), tls, true));
    servers.put("secured", StubServer.tls(StubRoutes.secured(pki), tls, true));
    if (args.length > 1 && args[1].equals("loaded")) {
      servers.put("loaded", StubServer.tls(StubRoutes.loaded(pki), tls, true));
    }
    StringBuilder ports = new StringBuilder("STUB");
    servers.forEach((name, s) -> ports.append(' ').append(name).append('=').append(s.port()));
    System.out.println(ports);
    System.out.flush();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
      if (line.startsWith("last ")) {
        StubRequest last = servers.get(line.substring(5).trim()).last();
        System.out.println(
            "LAST "
                + java.util.Base64.getEncoder()
                    .encodeToString(last.describe().getBytes(StandardCharsets.UTF_8)));
        System.out.flush();
      } else if (line.startsWith("stats ")) {
        StubServer s = servers.get(line.substring(6).trim());
        System.out.println(
            s == null
                ? "ERROR no such server"
                : "handshakes="
                    + s.handshakes()
                    + " connections="
                    + s.connections()
                    + " requests="
                    + s.requests());
        System.out.flush();
      }
    }
    for (StubServer s : servers.values()) {
      s.close();
    }
  }

  /** The test PKI's TLS server identity, trusting its root for client certificates. */
  static SSLContext serverContext(TestPki pki) throws Exception {
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(TestPki.keyStore("server", pki.server()), TestPki.PASSWORD.toCharArray());
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    KeyStore anchors = TestPki.trustStore(java.util.List.of(pki.rootCertificate()));
    trust.init(anchors);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
    return context;
  }
}
