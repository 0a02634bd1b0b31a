package vn.connector.testkit.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.core.security.CertificateValidator;
import vn.connector.core.security.SigningIdentity;
import vn.connector.testkit.TestClock;

/** A CRL past its nextUpdate is read again from where it came from, and never trusted stale. */
class CrlReloadTest {

  final TestClock caClock = TestClock.at(Instant.now());
  final TestClock clock = TestClock.at(caClock.instant());
  final TestCa ca = TestCa.create("CRL Reload Test CA", caClock);
  final SigningIdentity agency = ca.issue(TestCa.Profile.signing("Agency"));
  final SigningIdentity compromised = ca.issue(TestCa.Profile.signing("Compromised Agency"));

  CertificateValidator.Builder validator() {
    return CertificateValidator.builder().trustAnchors(List.of(ca.certificate())).clock(clock);
  }

  @Test
  void readsTheFileAgainOnceTheListIsPastItsNextUpdate(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ca.crl");
    Files.write(file, ca.crl().getEncoded());
    CertificateValidator validator = validator().crl(file).build();
    validator.validate(agency.chain());
    // Passed, and remembered until the list's next update: the pass must not outlive the list.
    validator.validate(compromised.chain());
    clock.advance(Duration.ofHours(1));
    validator.validate(compromised.chain());

    clock.advance(Duration.ofDays(2));
    assertThatThrownBy(() -> validator.validate(agency.chain()))
        .hasMessage("certificate: revocation status unknown");

    caClock.advance(Duration.ofDays(2));
    Files.write(file, ca.crl(compromised.certificate()).getEncoded());
    clock.advance(Duration.ofMinutes(2));
    assertThatCode(() -> validator.validate(agency.chain())).doesNotThrowAnyException();
    assertThatThrownBy(() -> validator.validate(compromised.chain()))
        .hasMessage("certificate: revoked");
  }

  @Test
  void fetchesTheListAgainFromItsUrl() throws Exception {
    WireMockServer distribution =
        new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    distribution.start();
    try {
      serve(distribution, ca.crl().getEncoded());
      CertificateValidator validator =
          validator().crl(URI.create(distribution.baseUrl() + "/ca.crl")).build();
      validator.validate(compromised.chain());

      caClock.advance(Duration.ofDays(2));
      serve(distribution, ca.crl(compromised.certificate()).getEncoded());
      clock.advance(Duration.ofDays(2));
      assertThatThrownBy(() -> validator.validate(compromised.chain()))
          .hasMessage("certificate: revoked");
      validator.validate(agency.chain());
    } finally {
      distribution.stop();
    }
  }

  static void serve(WireMockServer server, byte[] crl) {
    server.stubFor(
        get("/ca.crl")
            .willReturn(
                aResponse().withHeader("Content-Type", "application/pkix-crl").withBody(crl)));
  }
}
