package vn.connector.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.testkit.business.BusinessRegistrySimulator;
import vn.connector.testkit.nationalportal.NationalPortalSimulator;
import vn.connector.testkit.security.TestPki;

class DoctorTest {

  @TempDir static Path pkiDir;

  private static TestPki pki;
  private static BusinessRegistrySimulator business;
  private static NationalPortalSimulator portal;
  private static WireMockServer skewed;

  @BeforeAll
  static void start() {
    pki = TestPki.generate();
    pki.writeTo(pkiDir);
    business = BusinessRegistrySimulator.startSecured(pki);
    portal = NationalPortalSimulator.start();
    skewed = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    skewed.start();
    String tenMinutesAhead =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            Instant.now().plusSeconds(600).atOffset(ZoneOffset.UTC));
    skewed.stubFor(
        any(anyUrl()).willReturn(aResponse().withStatus(404).withHeader("Date", tenMinutesAhead)));
    skewed.stubFor(
        post(urlPathEqualTo("/oauth/tokn"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Date", tenMinutesAhead)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody("<html><body>Not Found</body></html>")));
  }

  @AfterAll
  static void stop() {
    business.close();
    portal.close();
    skewed.stop();
  }

  private static Map<String, String> good() {
    Map<String, String> keys = new HashMap<>(TestPki.configKeys(pkiDir));
    keys.putAll(business.connectionInfo());
    keys.put("business.auth", "oauth2-client-credentials");
    keys.put("business.secured", "true");
    keys.putAll(portal.connectionInfo());
    keys.put("national-portal.style", "adapter");
    keys.put("national-portal.dedicatedNetwork", "true");
    return keys;
  }

  @Test
  void passesAGoodConfigurationAgainstTheSimulators() {
    Cli.Run run = Cli.run("doctor", "--config", Cli.config(pkiDir, good()).toString());

    assertThat(run.out()).contains("Ready").doesNotContain("FAIL ");
    assertThat(run.exit()).as(run.all()).isZero();
  }

  @Test
  void namesAnExpiredCertificateASkewedClockAndAWrongTokenUrl() {
    Map<String, String> keys = new HashMap<>(TestPki.configKeys(pkiDir));
    keys.put("tls.clientPkcs12", pkiDir.resolve("expired.p12").toString());
    keys.put("business.endpoint", skewed.baseUrl() + "/apiCSDLDKDN/1.0");
    keys.put("business.dedicatedNetwork", "true");
    keys.put("business.auth", "oauth2-client-credentials");
    keys.put("business.tokenUrl", skewed.baseUrl() + "/oauth/tokn");
    keys.put("business.consumerKey", "portal");
    keys.put("business.consumerSecret", "known-consumer-secret-1");

    Cli.Run run = Cli.run("doctor", "--config", Cli.config(pkiDir, keys).toString());

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out())
        .contains("expired")
        .contains("s behind the gateway's Date")
        .contains("wrong token URL (HTTP 404, an HTML page)");
  }
}
