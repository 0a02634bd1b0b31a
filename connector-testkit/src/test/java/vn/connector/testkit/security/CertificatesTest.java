package vn.connector.testkit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.core.security.CertificateValidator;
import vn.connector.core.security.HttpSignatureProfile;
import vn.connector.core.security.MessageParts;
import vn.connector.core.security.SignatureAlgorithm;
import vn.connector.core.security.SigningIdentity;
import vn.connector.core.security.TrustedKeys;

class CertificatesTest {

  static TestPki pki;

  @BeforeAll
  static void pki() {
    pki = TestPki.generate();
  }

  CertificateValidator validator() {
    return CertificateValidator.builder().trustAnchors(List.of(pki.rootCertificate())).build();
  }

  @Test
  void acceptsChainToTheAnchorAndRefusesExpiredForeignAndNonSigningCertificates() {
    validator().validate(pki.agency().chain());
    validator().validate(List.of(pki.national().certificate()));
    assertThatThrownBy(() -> validator().validate(pki.expired().chain()))
        .hasMessage("certificate: expired");
    assertThatThrownBy(() -> validator().validate(pki.foreign().chain()))
        .hasMessage("certificate: no path to a trust anchor");
    SigningIdentity noSigning =
        pki.ca().issue(TestCa.Profile.signing("No Signing").withoutDigitalSignature());
    assertThatThrownBy(() -> validator().validate(noSigning.chain()))
        .hasMessage("certificate: key usage lacks digitalSignature");
  }

  @Test
  void refusesRevokedCertificateFromLocalCrl(@TempDir Path dir) throws Exception {
    SigningIdentity revoked = pki.ca().issue(TestCa.Profile.signing("Revoked Agency"));
    Path crl = dir.resolve("root.crl");
    Files.write(crl, pki.ca().crl(revoked.certificate()).getEncoded());
    CertificateValidator withCrl =
        CertificateValidator.builder()
            .trustAnchors(List.of(pki.rootCertificate()))
            .crl(crl)
            .build();
    assertThatThrownBy(() -> withCrl.validate(revoked.chain())).hasMessage("certificate: revoked");
    withCrl.validate(pki.agency().chain());
  }

  @Test
  void warnsAheadOfExpiryThroughTheListener() {
    SigningIdentity soon =
        pki.ca()
            .issue(
                TestCa.Profile.signing("Expiring Agency")
                    .validity(Duration.ofDays(-1), Duration.ofDays(10)));
    List<X509Certificate> warned = new ArrayList<>();
    CertificateValidator validator =
        CertificateValidator.builder()
            .trustAnchors(List.of(pki.rootCertificate()))
            .expiryListener(
                (certificate, remaining) -> {
                  assertThat(remaining).isBetween(Duration.ofDays(9), Duration.ofDays(10));
                  warned.add(certificate);
                })
            .build();
    validator.validate(soon.chain());
    validator.validate(pki.agency().chain());
    assertThat(warned).containsExactly(soon.certificate());
  }

  @Test
  void loadsExportedPkcs12AndPemIdentitiesThatSignVerifiably(@TempDir Path dir) {
    pki.writeTo(dir);
    SigningIdentity fromP12 =
        SigningIdentity.fromPkcs12(dir.resolve("agency.p12"), TestPki.PASSWORD.toCharArray());
    SigningIdentity fromPem =
        SigningIdentity.fromPem(dir.resolve("agency-key.pem"), dir.resolve("agency-chain.pem"));
    assertThat(fromP12.certificate()).isEqualTo(pki.agency().certificate());
    assertThat(fromPem.chain()).isEqualTo(pki.agency().chain());
    assertThat(fromPem.keyId()).isEqualTo(pki.agency().keyId());
    assertThat(fromPem.signer().algorithm()).isEqualTo(SignatureAlgorithm.ECDSA_P256_SHA256);
    CertificateValidator.builder()
        .trustAnchorsPem(dir.resolve("root-ca.pem"))
        .build()
        .validate(fromPem.chain());

    HttpSignatureProfile portal =
        HttpSignatureProfile.builder()
            .signer(fromP12.signer())
            .trustedKeys(TrustedKeys.builder().certificate(pki.national().certificate()).build())
            .build();
    HttpSignatureProfile national =
        HttpSignatureProfile.builder()
            .signer(pki.national().signer())
            .trustedKeys(TrustedKeys.builder().certificate(fromPem.certificate()).build())
            .certificateValidator(validator())
            .build();
    MessageParts request =
        MessageParts.request(
            "GET", java.net.URI.create("https://localhost/x"), Map.of("X-Request-Id", "r"), null);
    assertThat(national.verifyRequest(request.withHeaders(portal.signRequest(request))).valid())
        .isTrue();
    assertThatThrownBy(
            () -> SigningIdentity.fromPkcs12(dir.resolve("agency.p12"), "wrong".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wrong password");
  }

  @Test
  void refusesSignatureByTrustedKeyIdWhoseCertificateNoLongerValidates() {
    HttpSignatureProfile portal =
        HttpSignatureProfile.builder()
            .signer(pki.expired().signer())
            .trustedKeys(TrustedKeys.builder().certificate(pki.national().certificate()).build())
            .build();
    HttpSignatureProfile national =
        HttpSignatureProfile.builder()
            .signer(pki.national().signer())
            .trustedKeys(TrustedKeys.builder().certificate(pki.expired().certificate()).build())
            .certificateValidator(validator())
            .build();
    MessageParts request =
        MessageParts.request(
            "GET", java.net.URI.create("https://localhost/x"), Map.of("X-Request-Id", "r"), null);
    assertThat(
            national.verifyRequest(request.withHeaders(portal.signRequest(request))).failedRule())
        .isEqualTo("certificate not trusted");
  }
}
