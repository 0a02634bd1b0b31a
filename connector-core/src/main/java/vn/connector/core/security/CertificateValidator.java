package vn.connector.core.security;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.connector.core.security.internal.CrlSource;
import vn.connector.core.security.internal.PathValidation;
import vn.connector.core.security.internal.Pem;

/**
 * Validates certificate chains against explicitly configured trust anchors (chứng thư số gốc tin
 * cậy): validity period, key usage {@code digitalSignature} on the end entity, a PKIX path to an
 * anchor, and optionally revocation from CRLs (files or URLs, read again after each {@code
 * nextUpdate}). Immutable configuration, thread-safe.
 *
 * <pre>{@code
 * CertificateValidator validator = CertificateValidator.builder()
 *     .trustAnchorsPem(Path.of("/etc/connector/national-ca.pem"))
 *     .crl(Path.of("/etc/connector/national-ca.crl"))
 *     .build();
 * validator.validate(chain);   // IllegalArgumentException naming the failed check
 * }</pre>
 */
public final class CertificateValidator {

  private final PathValidation validation;
  private final Clock clock;
  private final Duration expiryWarning;
  private final CertificateExpiryListener expiryListener;

  private CertificateValidator(Builder builder) {
    this.clock = builder.clock;
    this.validation = new PathValidation(List.copyOf(builder.anchors), builder.crls, clock);
    this.expiryWarning = builder.expiryWarning;
    this.expiryListener = builder.expiryListener;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates {@code chain} (end entity first) at the clock's current time and warns through the
   * expiry listener when the end entity expires within the warning window.
   *
   * @throws IllegalArgumentException {@code "certificate: <check that failed>"}
   */
  public void validate(List<X509Certificate> chain) {
    validation.validate(chain);
    warnIfExpiring(chain.get(0));
  }

  /** Tells the expiry listener when {@code certificate} ends within the warning window. */
  public void warnIfExpiring(X509Certificate certificate) {
    Duration remaining = Duration.between(clock.instant(), certificate.getNotAfter().toInstant());
    if (!remaining.isNegative() && remaining.compareTo(expiryWarning) <= 0) {
      expiryListener.expiresSoon(certificate, remaining);
    }
  }

  /** The configured anchors. */
  public List<X509Certificate> trustAnchors() {
    return validation.anchors();
  }

  /** Builder; {@link #trustAnchors} or {@link #trustAnchorsPem} is required. */
  public static final class Builder {
    private final List<X509Certificate> anchors = new ArrayList<>();
    private final List<CrlSource> crls = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Duration expiryWarning = Duration.ofDays(30);
    private CertificateExpiryListener expiryListener = CertificateExpiryListener.slf4j();

    private Builder() {}

    /** The national CA certificates to trust; the JVM's default trust store is never used. */
    public Builder trustAnchors(List<X509Certificate> anchors) {
      Objects.requireNonNull(anchors, "anchors")
          .forEach(a -> this.anchors.add(Objects.requireNonNull(a, "anchor")));
      return this;
    }

    /** Reads trust anchors from a PEM file holding one or more certificates. */
    public Builder trustAnchorsPem(Path file) {
      return trustAnchors(Pem.certificates(Objects.requireNonNull(file, "file")));
    }

    /**
     * A CRL file (DER or PEM) issued by one of the anchors; when set, revocation is checked for
     * every certificate issued by that CA. The file is read again once the list passes its {@code
     * nextUpdate}, so replacing the file is enough when the CA publishes a new list; until a newer
     * list is there, certificates of that CA fail as "revocation status unknown".
     */
    public Builder crl(Path file) {
      crls.add(CrlSource.file(Objects.requireNonNull(file, "file")));
      return this;
    }

    /**
     * A CRL fetched from the CA's distribution point ({@code http}, {@code https} or {@code file}
     * URL), now and again once the list passes its {@code nextUpdate} (at most once a minute while
     * the CA is late). A CRL is signed by its CA, so plain http is as safe as https here.
     */
    public Builder crl(java.net.URI url) {
      crls.add(CrlSource.url(Objects.requireNonNull(url, "url")));
      return this;
    }

    /** How long before expiry warnings start (default 30 days); lengthen it if renewal is slow. */
    public Builder expiryWarning(Duration window) {
      Objects.requireNonNull(window, "window");
      if (window.isNegative()) {
        throw new IllegalArgumentException("window: must not be negative");
      }
      this.expiryWarning = window;
      return this;
    }

    /** Where expiry warnings go (default: SLF4J WARN). */
    public Builder expiryListener(CertificateExpiryListener listener) {
      this.expiryListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** The clock validity is judged by; tests pass a fixed one. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public CertificateValidator build() {
      if (anchors.isEmpty()) {
        throw new IllegalStateException("trustAnchors are required");
      }
      return new CertificateValidator(this);
    }
  }
}
