package vn.connector.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import vn.connector.core.TlsSettings;

/**
 * One TLS handshake with an endpoint, trusting what the SDK would trust (the configured anchors,
 * the JVM's store only when asked for) and presenting the configured client certificate: host name
 * verified, TLS 1.2 and 1.3 only, as the SDK's transport does. The SDK hides its handshake; the
 * doctor does its own to see the protocol and the server's chain.
 */
final class TlsProbe {

  /** What the handshake gave. */
  record Session(String protocol, List<X509Certificate> serverChain) {}

  private static final char[] IN_MEMORY = "doctor".toCharArray();

  private final SSLContext context;
  private final Duration timeout;

  TlsProbe(Optional<TlsSettings> tls, Duration timeout) {
    this.timeout = timeout;
    try {
      this.context = SSLContext.getInstance("TLS");
      context.init(tls.flatMap(TlsProbe::keyManagers).orElse(null), trustManagers(tls), null);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("TLS context: " + e.getMessage(), e);
    }
  }

  /**
   * @throws IOException when the handshake fails (untrusted chain, wrong host name, refused client
   *     certificate) or the endpoint cannot be reached
   */
  Session handshake(URI url) throws IOException {
    String host = url.getHost();
    Socket plain = new Socket();
    try {
      plain.connect(new InetSocketAddress(host, SystemConfig.port(url)), (int) timeout.toMillis());
      plain.setSoTimeout((int) timeout.toMillis());
      try (SSLSocket socket =
          (SSLSocket)
              context.getSocketFactory().createSocket(plain, host, SystemConfig.port(url), true)) {
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate c : socket.getSession().getPeerCertificates()) {
          chain.add((X509Certificate) c);
        }
        return new Session(socket.getSession().getProtocol(), chain);
      }
    } finally {
      plain.close();
    }
  }

  private static TrustManager[] trustManagers(Optional<TlsSettings> tls)
      throws GeneralSecurityException, IOException {
    List<X509Certificate> anchors = anchors(tls);
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    for (int i = 0; i < anchors.size(); i++) {
      store.setCertificateEntry("anchor-" + i, anchors.get(i));
    }
    TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
    factory.init(store);
    return factory.getTrustManagers();
  }

  /**
   * What the SDK trusts: the configured anchors, plus the JVM's store when {@code
   * tls.useJvmDefaultTrust} asks for it or no {@code tls.*} key is set.
   */
  static List<X509Certificate> anchors(Optional<TlsSettings> tls) {
    List<X509Certificate> anchors =
        new ArrayList<>(tls.map(TlsSettings::trustAnchors).orElse(List.of()));
    if (tls.isEmpty() || tls.get().usesJvmDefaultTrust()) {
      try {
        TrustManagerFactory jvm =
            TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        jvm.init((KeyStore) null);
        for (TrustManager m : jvm.getTrustManagers()) {
          if (m instanceof X509TrustManager x) {
            anchors.addAll(Arrays.asList(x.getAcceptedIssuers()));
          }
        }
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("the JVM's trust store: " + e.getMessage(), e);
      }
    }
    return anchors;
  }

  private static Optional<javax.net.ssl.KeyManager[]> keyManagers(TlsSettings tls) {
    if (tls.clientKey().isEmpty()) {
      return Optional.empty();
    }
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          "client",
          tls.clientKey().get(),
          IN_MEMORY,
          tls.clientChain().toArray(new Certificate[0]));
      KeyManagerFactory factory =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(store, IN_MEMORY);
      return Optional.of(factory.getKeyManagers());
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("client key store: " + e.getMessage(), e);
    }
  }
}
