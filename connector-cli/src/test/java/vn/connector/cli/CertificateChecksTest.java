package vn.connector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.connector.core.security.SigningIdentity;
import vn.connector.testkit.security.TestCa;

class CertificateChecksTest {

  private static final TestCa CA = TestCa.create("Doctor Test Root");
  private static final List<X509Certificate> ANCHORS = List.of(CA.certificate());

  private static List<Finding> check(SigningIdentity identity, List<X509Certificate> anchors) {
    return CertificateChecks.chain(
        "tls", "tls.client", identity.chain(), anchors, true, Instant.now());
  }

  private static Finding row(List<Finding> findings, Text check) {
    return findings.stream().filter(f -> f.check().equals(check)).findFirst().orElseThrow();
  }

  @Test
  void passesAValidClientCertificateWithItsDaysLeft() {
    List<Finding> findings = check(CA.issue(TestCa.Profile.signing("Agency")), ANCHORS);

    assertThat(findings).extracting(Finding::result).containsOnly(Result.OK);
    assertThat(row(findings, Checks.EXPIRY).detail().en()).contains("days left");
  }

  @Test
  void warnsOfACertificateThatExpiresWithinThirtyDays() {
    SigningIdentity soon =
        CA.issue(
            TestCa.Profile.signing("Agency").validity(Duration.ofDays(-300), Duration.ofDays(10)));

    Finding expiry = row(check(soon, ANCHORS), Checks.EXPIRY);

    assertThat(expiry.result()).isEqualTo(Result.WARN);
    assertThat(expiry.detail().en()).contains("(9 days left)");
    assertThat(expiry.fix().en()).contains("renewal");
  }

  @Test
  void failsACertificateNotYetValid() {
    SigningIdentity later =
        CA.issue(
            TestCa.Profile.signing("Agency").validity(Duration.ofDays(2), Duration.ofDays(300)));

    Finding expiry = row(check(later, ANCHORS), Checks.EXPIRY);

    assertThat(expiry.result()).isEqualTo(Result.FAIL);
    assertThat(expiry.detail().en()).contains("not valid before");
  }

  @Test
  void failsACertificateWithoutDigitalSignature() {
    SigningIdentity keyAgreementOnly =
        CA.issue(TestCa.Profile.signing("Agency").withoutDigitalSignature());

    Finding usage = row(check(keyAgreementOnly, ANCHORS), Checks.KEY_USAGE);

    assertThat(usage.result()).isEqualTo(Result.FAIL);
    assertThat(usage.detail().en()).contains("digitalSignature");
  }

  @Test
  void failsAServerCertificatePresentedAsATlsClient() {
    SigningIdentity server = CA.issue(TestCa.Profile.tlsServer("localhost"));

    Finding usage = row(check(server, ANCHORS), Checks.KEY_USAGE);

    assertThat(usage.result()).isEqualTo(Result.FAIL);
    assertThat(usage.detail().en()).contains("clientAuth");
  }

  @Test
  void failsAChainThatDoesNotReachTheConfiguredAnchors() {
    SigningIdentity foreign = TestCa.create("Foreign").issue(TestCa.Profile.signing("Agency"));

    Finding chain = row(check(foreign, ANCHORS), Checks.CHAIN);

    assertThat(chain.result()).isEqualTo(Result.FAIL);
    assertThat(chain.detail().en()).contains("does not validate");
  }
}
