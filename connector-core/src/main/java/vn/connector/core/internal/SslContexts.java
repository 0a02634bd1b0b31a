package vn.connector.core.internal;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import vn.connector.core.TlsSettings;

/** Builds the SSLContext of a {@link TlsSettings}: explicit anchors, optional client key. */
public final class SslContexts {

  private static final char[] IN_MEMORY = "in-memory".toCharArray();

  private SslContexts() {}

  public static SSLContext build(TlsSettings settings) {
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      KeyManagerFactory kmf = null;
      if (settings.clientKey().isPresent()) {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(
            "client",
            settings.clientKey().get(),
            IN_MEMORY,
            settings.clientChain().toArray(new X509Certificate[0]));
        kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, IN_MEMORY);
      }
      ctx.init(kmf == null ? null : kmf.getKeyManagers(), trustManagers(settings), null);
      return ctx;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalArgumentException(
          "tls: cannot build the TLS context (" + e.getMessage() + ")", e);
    }
  }

  private static TrustManager[] trustManagers(TlsSettings settings)
      throws GeneralSecurityException, java.io.IOException {
    KeyStore anchors = KeyStore.getInstance("PKCS12");
    anchors.load(null, null);
    int i = 0;
    for (X509Certificate anchor : settings.trustAnchors()) {
      anchors.setCertificateEntry("anchor-" + i++, anchor);
    }
    if (settings.usesJvmDefaultTrust()) {
      TrustManagerFactory jvm =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      jvm.init((KeyStore) null);
      if (settings.trustAnchors().isEmpty()) {
        return jvm.getTrustManagers();
      }
      // Both: add the JVM's anchors to ours.
      for (TrustManager tm : jvm.getTrustManagers()) {
        if (tm instanceof javax.net.ssl.X509TrustManager x) {
          for (X509Certificate c : x.getAcceptedIssuers()) {
            anchors.setCertificateEntry("jvm-" + i++, c);
          }
        }
      }
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
    tmf.init(anchors);
    return tmf.getTrustManagers();
  }
}
