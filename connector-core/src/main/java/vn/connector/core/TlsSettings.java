package vn.connector.core;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.connector.core.internal.Pem;

/**
 * TLS for the connection to a national system: which certificates are trusted and, for mutual TLS,
 * the agency's client certificate. TLS 1.2 and 1.3 only; the certificate chain and the host name
 * are always verified, and there is no switch to turn that off: test set-ups use a test CA (the
 * testkit makes one).
 *
 * <p>Trust anchors are explicit: the national CA certificates. The JVM's default trust store is
 * used only when asked for with {@link Builder#useJvmDefaultTrust()}.
 *
 * <pre>{@code
 * TlsSettings tls = TlsSettings.builder()
 *     .trustAnchorsPem(Path.of("/etc/portal/national-ca.pem"))
 *     .clientCertificatePkcs12(Path.of("/etc/portal/agency.p12"), password)
 *     .build();
 * }</pre>
 */
public final class TlsSettings {

  private final List<X509Certificate> trustAnchors;
  private final boolean jvmDefaultTrust;
  private final PrivateKey clientKey;
  private final List<X509Certificate> clientChain;

  private TlsSettings(Builder b) {
    this.trustAnchors = List.copyOf(b.trustAnchors);
    this.jvmDefaultTrust = b.jvmDefaultTrust;
    this.clientKey = b.clientKey;
    this.clientChain = List.copyOf(b.clientChain);
  }

  /** Trust the JVM's default trust store only; for endpoints with public certificates. */
  public static TlsSettings jvmDefault() {
    return builder().useJvmDefaultTrust().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<X509Certificate> trustAnchors() {
    return trustAnchors;
  }

  public boolean usesJvmDefaultTrust() {
    return jvmDefaultTrust;
  }

  public Optional<PrivateKey> clientKey() {
    return Optional.ofNullable(clientKey);
  }

  public List<X509Certificate> clientChain() {
    return clientChain;
  }

  @Override
  public String toString() {
    return "TlsSettings[anchors="
        + trustAnchors.size()
        + ", jvmDefaultTrust="
        + jvmDefaultTrust
        + ", clientCertificate="
        + (clientKey != null)
        + "]";
  }

  /** Builds {@link TlsSettings}. */
  public static final class Builder {
    private final List<X509Certificate> trustAnchors = new ArrayList<>();
    private boolean jvmDefaultTrust;
    private PrivateKey clientKey;
    private List<X509Certificate> clientChain = List.of();

    private Builder() {}

    /** Adds trusted CA certificates (the national CAs, or a test CA in tests). */
    public Builder trustAnchors(List<X509Certificate> anchors) {
      Objects.requireNonNull(anchors, "trustAnchors")
          .forEach(a -> trustAnchors.add(Objects.requireNonNull(a, "trustAnchor")));
      return this;
    }

    /** Adds every certificate of a PEM file as a trust anchor. */
    public Builder trustAnchorsPem(Path pemFile) {
      return trustAnchors(Pem.readCertificates(Objects.requireNonNull(pemFile, "pemFile")));
    }

    /** Also trusts the JVM's default trust store (off by default for national endpoints). */
    public Builder useJvmDefaultTrust() {
      this.jvmDefaultTrust = true;
      return this;
    }

    /** The agency's client certificate for mutual TLS: a key and its chain, leaf first. */
    public Builder clientCertificate(PrivateKey key, List<X509Certificate> chain) {
      this.clientKey = Objects.requireNonNull(key, "clientKey");
      Objects.requireNonNull(chain, "clientChain");
      if (chain.isEmpty()) {
        throw new IllegalArgumentException(
            "clientChain: must hold at least the client certificate");
      }
      this.clientChain = List.copyOf(chain);
      return this;
    }

    /** The client certificate from a PKCS#12 file holding one key entry. */
    public Builder clientCertificatePkcs12(Path file, char[] password) {
      Pem.KeyAndChain kc =
          Pem.readPkcs12(
              Objects.requireNonNull(file, "file"), Objects.requireNonNull(password, "password"));
      return clientCertificate(kc.key(), kc.chain());
    }

    /**
     * The client certificate from PEM files: the private key (PKCS#8 or traditional) and the chain.
     */
    public Builder clientCertificatePem(Path keyFile, Path chainFile) {
      return clientCertificate(
          Pem.readPrivateKey(Objects.requireNonNull(keyFile, "keyFile")),
          Pem.readCertificates(Objects.requireNonNull(chainFile, "chainFile")));
    }

    public TlsSettings build() {
      if (trustAnchors.isEmpty() && !jvmDefaultTrust) {
        throw new IllegalStateException(
            "trust anchors are required (or call useJvmDefaultTrust() to trust the JVM's store)");
      }
      return new TlsSettings(this);
    }
  }
}
