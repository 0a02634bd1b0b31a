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

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private SslContexts() {}

  public static SSLContext build(TlsSettings settings) {
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      KeyManagerFactory kmf = null;
      if (settings.clientKey().isPresent()) {
        // The key store only carries the key into the key manager; a password known to nobody,
        // zeroed once used, keeps its encrypted copy of the key from being opened by anyone else.
        char[] password = freshPassword();
        try {
          KeyStore ks = KeyStore.getInstance("PKCS12");
          ks.load(null, null);
          ks.setKeyEntry(
              "client",
              settings.clientKey().get(),
              password,
              settings.clientChain().toArray(new X509Certificate[0]));
          kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
          kmf.init(ks, password);
        } finally {
          java.util.Arrays.fill(password, '\0');
        }
      }
      ctx.init(kmf == null ? null : kmf.getKeyManagers(), trustManagers(settings), null);
      return ctx;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalArgumentException(
          "tls: cannot build the TLS context (" + e.getMessage() + ")", e);
    }
  }

  /** 128 random bits as 32 hex characters, new for every context. */
  static char[] freshPassword() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    char[] password = new char[32];
    for (int i = 0; i < bytes.length; i++) {
      password[2 * i] = Character.forDigit((bytes[i] >> 4) & 0xf, 16);
      password[2 * i + 1] = Character.forDigit(bytes[i] & 0xf, 16);
    }
    java.util.Arrays.fill(bytes, (byte) 0);
    return password;
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
