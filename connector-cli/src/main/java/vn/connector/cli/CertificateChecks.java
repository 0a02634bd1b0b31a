package vn.connector.cli;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks of one certificate chain the portal presents (TLS client, message signing): expiry with
 * days left, the digitalSignature key usage, and PKIX path validation to the configured anchors.
 */
final class CertificateChecks {

  /**
   * Under this many days left, a certificate is a warning: renewal takes weeks at a national CA.
   */
  static final int WARN_DAYS = 30;

  private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
  private static final String ANY_USAGE = "2.5.29.37.0";

  private CertificateChecks() {}

  /**
   * @param what the configuration key that names the chain, printed so the fix is findable
   * @param tlsClient whether the chain is presented in TLS (then extended key usage must allow it)
   */
  static List<Finding> chain(
      String scope,
      String what,
      List<X509Certificate> chain,
      List<X509Certificate> anchors,
      boolean tlsClient,
      Instant now) {
    List<Finding> out = new ArrayList<>();
    out.add(expiry(scope, Checks.EXPIRY, what, chain, now));
    out.add(keyUsage(scope, what, chain.get(0), tlsClient));
    out.add(path(scope, what, chain, anchors, now));
    return out;
  }

  /** The expiry of the certificate in {@code certificates} that ends first. */
  static Finding expiry(
      String scope, Text check, String what, List<X509Certificate> certificates, Instant now) {
    for (X509Certificate c : certificates) {
      if (c.getNotBefore().toInstant().isAfter(now)) {
        return notYetValid(scope, check, what, c);
      }
    }
    X509Certificate first =
        certificates.stream().min((a, b) -> a.getNotAfter().compareTo(b.getNotAfter())).get();
    Instant end = first.getNotAfter().toInstant();
    long days = Duration.between(now, end).toDays();
    String name = what + ": " + subject(first);
    if (end.isBefore(now)) {
      return Finding.fail(
          scope,
          check,
          Text.of(name + " đã hết hạn " + end, name + " expired " + end),
          Text.of(
              "Xin cấp lại chứng chỉ và cập nhật " + what,
              "Have the certificate renewed and point " + what + " at the new one"));
    }
    Text detail =
        Text.of(
            name + " hết hạn " + end + " (còn " + days + " ngày)",
            name + " expires " + end + " (" + days + " days left)");
    if (days < WARN_DAYS) {
      return Finding.warn(
          scope,
          check,
          detail,
          Text.of(
              "Xin gia hạn ngay: cấp chứng chỉ mất nhiều tuần",
              "Ask for renewal now: issuing a certificate takes weeks"));
    }
    return Finding.ok(scope, check, detail);
  }

  private static Finding notYetValid(String scope, Text check, String what, X509Certificate c) {
    Instant start = c.getNotBefore().toInstant();
    return Finding.fail(
        scope,
        check,
        Text.of(what + ": chưa có hiệu lực tới " + start, what + ": not valid before " + start),
        Text.of(
            "Kiểm tra đồng hồ máy, hoặc đợi ngày hiệu lực của " + subject(c),
            "Check this machine's clock, or wait for the start date of " + subject(c)));
  }

  private static Finding keyUsage(String scope, String what, X509Certificate leaf, boolean tls) {
    boolean[] usage = leaf.getKeyUsage();
    if (usage != null && !usage[0]) {
      return Finding.fail(
          scope,
          Checks.KEY_USAGE,
          Text.of(
              what + ": thiếu digitalSignature trong Key Usage",
              what + ": Key Usage lacks digitalSignature"),
          Text.of(
              "Xin chứng chỉ có digitalSignature (ký số và xác thực TLS)",
              "Ask for a certificate with digitalSignature (signing and TLS client auth)"));
    }
    List<String> extended = extendedUsage(leaf);
    if (tls && extended != null && !extended.contains(CLIENT_AUTH)) {
      if (!extended.contains(ANY_USAGE)) {
        return Finding.fail(
            scope,
            Checks.KEY_USAGE,
            Text.of(
                what + ": Extended Key Usage không có clientAuth",
                what + ": Extended Key Usage lacks clientAuth"),
            Text.of(
                "Xin chứng chỉ có clientAuth cho TLS hai chiều",
                "Ask for a certificate with clientAuth for mutual TLS"));
      }
    }
    return Finding.ok(
        scope,
        Checks.KEY_USAGE,
        Text.same(what + ": digitalSignature" + (tls && extended != null ? ", clientAuth" : "")));
  }

  private static Finding path(
      String scope,
      String what,
      List<X509Certificate> chain,
      List<X509Certificate> anchors,
      Instant now) {
    if (anchors.isEmpty()) {
      return Finding.warn(
          scope,
          Checks.CHAIN,
          Text.of(
              what + ": không có CA tin cậy để kiểm tra", what + ": no trust anchors to check it"),
          Text.of(
              "Khai báo tls.trustAnchors (tệp PEM của CA quốc gia)",
              "Set tls.trustAnchors (the national CA's PEM file)"));
    }
    try {
      validate(chain, anchors, now);
      return Finding.ok(
          scope, Checks.CHAIN, Text.same(what + " → " + subject(anchorOf(chain, anchors))));
    } catch (CertPathValidatorException e) {
      return Finding.fail(
          scope,
          Checks.CHAIN,
          Text.of(
              what + ": chuỗi không hợp lệ (" + reason(e) + ")",
              what + ": the chain does not validate (" + reason(e) + ")"),
          Text.of(
              "Dùng chứng chỉ do CA quốc gia cấp, kèm CA trung gian, hoặc sửa tls.trustAnchors",
              "Use a certificate the national CA issued, with its intermediates, or fix"
                  + " tls.trustAnchors"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PKIX validation could not run", e);
    }
  }

  /**
   * PKIX path validation as the national side does it, at {@code now}. Revocation is not checked
   * here: the doctor cannot know which CRL or OCSP responder the gateway consults.
   */
  static void validate(List<X509Certificate> chain, List<X509Certificate> anchors, Instant now)
      throws GeneralSecurityException {
    Set<TrustAnchor> trust =
        anchors.stream().map(a -> new TrustAnchor(a, null)).collect(Collectors.toSet());
    List<X509Certificate> path = new ArrayList<>(chain);
    // A chain file often ends with the root itself; PKIX wants the path without its anchor.
    path.removeIf(anchors::contains);
    CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
    PKIXParameters parameters = new PKIXParameters(trust);
    parameters.setRevocationEnabled(false);
    parameters.setDate(Date.from(now));
    CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
  }

  private static X509Certificate anchorOf(
      List<X509Certificate> chain, List<X509Certificate> anchors) {
    X509Certificate last = chain.get(chain.size() - 1);
    return anchors.stream()
        .filter(a -> a.getSubjectX500Principal().equals(last.getIssuerX500Principal()))
        .findFirst()
        .orElse(last);
  }

  private static String reason(CertPathValidatorException e) {
    String reason = String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT);
    return reason.equals("unspecified") ? String.valueOf(e.getMessage()) : reason;
  }

  private static List<String> extendedUsage(X509Certificate c) {
    try {
      return c.getExtendedKeyUsage();
    } catch (java.security.cert.CertificateParsingException e) {
      return List.of();
    }
  }

  static String subject(X509Certificate c) {
    return c.getSubjectX500Principal().getName();
  }
}
