package vn.connector.core.security;

import java.security.cert.X509Certificate;
import java.time.Duration;
import org.slf4j.LoggerFactory;

/**
 * Told when a certificate in use comes close to its end of validity (chứng thư số sắp hết hạn), so
 * that operations renew it before calls start to fail.
 */
@FunctionalInterface
public interface CertificateExpiryListener {

  /** {@code certificate} expires in {@code remaining} (never negative). */
  void expiresSoon(X509Certificate certificate, Duration remaining);

  /**
   * The default: a WARN line on logger {@code vn.connector.core.security} naming subject and days
   * left.
   */
  static CertificateExpiryListener slf4j() {
    return (certificate, remaining) ->
        LoggerFactory.getLogger("vn.connector.core.security")
            .warn(
                "Certificate {} (serial {}) expires in {} days, on {}",
                certificate.getSubjectX500Principal().getName(),
                certificate.getSerialNumber().toString(16),
                remaining.toDays(),
                certificate.getNotAfter().toInstant());
  }
}
