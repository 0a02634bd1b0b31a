package vn.connector.core.security.internal;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PKIX path validation against pinned anchors, with revocation only from configured CRLs. A chain
 * that passed is not validated again until something its result depends on can change: the first
 * {@code notAfter} of its certificates, the {@code nextUpdate} of the CRLs it was checked against
 * (a CRL is read again only after it), or ten minutes, whichever comes first. The secured profile
 * checks the national key's certificate on every answer, and a full PKIX run (a signature check of
 * the certificate by its CA) was a fifth of a secured call's CPU (issue 16).
 */
public final class PathValidation {

  private static final int DIGITAL_SIGNATURE = 0;
  private static final Duration MAX_REUSE = Duration.ofMinutes(10);
  private static final int MAX_REMEMBERED = 256;

  /** When a chain passed, and until when that pass may stand for a new validation. */
  private record Pass(Instant at, Instant until) {}

  private final Map<List<X509Certificate>, Pass> passed = new ConcurrentHashMap<>();

  private final List<X509Certificate> anchors;
  private final List<CrlSource> crls;
  private final Clock clock;

  public PathValidation(List<X509Certificate> anchors, List<CrlSource> crls, Clock clock) {
    this.anchors = anchors;
    this.crls = List.copyOf(crls);
    this.clock = clock;
  }

  public List<X509Certificate> anchors() {
    return anchors;
  }

  /**
   * @throws IllegalArgumentException {@code "certificate: <reason>"}
   */
  public void validate(List<X509Certificate> chain) {
    if (chain == null || chain.isEmpty()) {
      throw new IllegalArgumentException("certificate: chain is empty");
    }
    X509Certificate leaf = chain.get(0);
    Date now = Date.from(clock.instant());
    try {
      leaf.checkValidity(now);
    } catch (CertificateExpiredException e) {
      throw new IllegalArgumentException("certificate: expired");
    } catch (CertificateNotYetValidException e) {
      throw new IllegalArgumentException("certificate: not yet valid");
    }
    boolean[] usage = leaf.getKeyUsage();
    if (usage == null || !usage[DIGITAL_SIGNATURE]) {
      throw new IllegalArgumentException("certificate: key usage lacks digitalSignature");
    }
    Instant at = now.toInstant();
    Pass pass = passed.get(chain);
    if (pass != null && !at.isBefore(pass.at()) && at.isBefore(pass.until())) {
      return;
    }
    List<X509CRL> current = crls.stream().map(c -> c.current(clock)).toList();
    try {
      CertPathValidator.getInstance("PKIX").validate(path(chain), parameters(now, current));
      remember(chain, at, current);
    } catch (CertPathValidatorException e) {
      throw new IllegalArgumentException("certificate: " + reason(e));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "certificate: path cannot be validated (" + e.getClass().getSimpleName() + ")");
    }
  }

  private CertPath path(List<X509Certificate> chain) throws GeneralSecurityException {
    // The anchor itself must not be in the path handed to PKIX.
    List<X509Certificate> withoutAnchors =
        chain.stream().filter(c -> !anchors.contains(c)).toList();
    return CertificateFactory.getInstance("X.509")
        .generateCertPath(withoutAnchors.isEmpty() ? chain : withoutAnchors);
  }

  private void remember(List<X509Certificate> chain, Instant at, List<X509CRL> checkedAgainst) {
    Instant until = at.plus(MAX_REUSE);
    for (X509Certificate c : chain) {
      until = earlier(until, c.getNotAfter());
    }
    for (X509CRL crl : checkedAgainst) {
      until = earlier(until, crl.getNextUpdate());
    }
    if (passed.size() >= MAX_REMEMBERED) {
      passed.clear();
    }
    passed.put(List.copyOf(chain), new Pass(at, until));
  }

  private static Instant earlier(Instant until, Date other) {
    return other != null && other.toInstant().isBefore(until) ? other.toInstant() : until;
  }

  private PKIXParameters parameters(Date now, List<X509CRL> current)
      throws GeneralSecurityException {
    Set<TrustAnchor> trust = new HashSet<>();
    anchors.forEach(a -> trust.add(new TrustAnchor(a, null)));
    PKIXParameters parameters = new PKIXParameters(trust);
    parameters.setDate(now);
    parameters.setRevocationEnabled(!crls.isEmpty());
    if (!crls.isEmpty()) {
      parameters.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(current)));
    }
    return parameters;
  }

  private static String reason(CertPathValidatorException e) {
    CertPathValidatorException.Reason reason = e.getReason();
    if (reason == CertPathValidatorException.BasicReason.REVOKED) {
      return "revoked";
    }
    if (reason == CertPathValidatorException.BasicReason.EXPIRED) {
      return "expired";
    }
    if (reason == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
      return "not valid at this time";
    }
    if (reason == CertPathValidatorException.BasicReason.UNDETERMINED_REVOCATION_STATUS) {
      return "revocation status unknown";
    }
    return "no path to a trust anchor";
  }
}
