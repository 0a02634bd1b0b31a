package vn.connector.core.security.internal;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.security.CertificateValidator;
import vn.connector.core.security.SigningIdentity;
import vn.connector.core.security.TrustedKeys;

/**
 * The {@code security.*} keys of a {@link ConnectorConfig}: {@code security.signingPkcs12} with
 * {@code security.signingPkcs12Password}, or {@code security.signingKeyPem} with {@code
 * security.signingChainPem}; optional {@code security.signingKeyId}; {@code security.trustAnchors}
 * (PEM, the national CA), optional {@code security.crl}; {@code security.peerCertificates} (PEM,
 * the national side's signing certificates, REST and SOAP); optional {@code security.clockSkew}
 * (ISO-8601); optional {@code security.evidenceKey} (base64, 32 bytes or more: the key of evidence
 * digests).
 */
public final class SecurityConfig {

  private final ConnectorConfig config;

  public SecurityConfig(ConnectorConfig config) {
    this.config = config;
  }

  public SigningIdentity identity() {
    SigningIdentity identity =
        config
            .optional("security.signingPkcs12")
            .map(
                f ->
                    SigningIdentity.fromPkcs12(
                        Path.of(f),
                        config.secret("security.signingPkcs12Password").reveal().toCharArray()))
            .orElseGet(
                () ->
                    SigningIdentity.fromPem(
                        Path.of(config.string("security.signingKeyPem")),
                        Path.of(config.string("security.signingChainPem"))));
    return config.optional("security.signingKeyId").map(identity::withKeyId).orElse(identity);
  }

  public CertificateValidator validator() {
    CertificateValidator.Builder validator =
        CertificateValidator.builder()
            .trustAnchorsPem(Path.of(config.string("security.trustAnchors")));
    config.optional("security.crl").ifPresent(f -> crl(validator, f));
    return validator.build();
  }

  /** A URL ({@code http:}, {@code https:}, {@code file:}) or a file path. */
  private static void crl(CertificateValidator.Builder validator, String where) {
    if (where.matches("(?i)(https?|file):.*")) {
      validator.crl(java.net.URI.create(where));
    } else {
      validator.crl(Path.of(where));
    }
  }

  public TrustedKeys peers() {
    TrustedKeys.Builder keys = TrustedKeys.builder();
    for (X509Certificate certificate : peerCertificates()) {
      keys.certificate(certificate);
    }
    return keys.build();
  }

  /** The national side's signing certificates, for REST key lookup and SOAP token pinning. */
  public java.util.List<X509Certificate> peerCertificates() {
    return Pem.certificates(Path.of(config.string("security.peerCertificates")));
  }

  /** {@code security.evidenceKey}: base64 of the key for evidence digests, when configured. */
  public java.util.Optional<vn.connector.core.Secret> evidenceKey() {
    return config.optional("security.evidenceKey").map(k -> config.secret("security.evidenceKey"));
  }

  public Duration clockSkew() {
    return config.duration("security.clockSkew", Duration.ofSeconds(300));
  }
}
