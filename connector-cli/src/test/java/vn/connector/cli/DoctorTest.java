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
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.testkit.business.BusinessRegistrySimulator;
import vn.connector.testkit.nationalportal.NationalPortalSimulator;
import vn.connector.testkit.population.PopulationSimulator;
import vn.connector.testkit.postal.PostalSimulator;
import vn.connector.testkit.security.TestPki;

class DoctorTest {

  @TempDir static Path pkiDir;

  private static TestPki pki;
  private static BusinessRegistrySimulator business;
  private static NationalPortalSimulator portal;
  private static PostalSimulator postal;
  private static PopulationSimulator population;
  private static WireMockServer skewed;

  @BeforeAll
  static void start() {
    pki = TestPki.generate();
    pki.writeTo(pkiDir);
    business = BusinessRegistrySimulator.startSecured(pki);
    portal = NationalPortalSimulator.start();
    postal = PostalSimulator.start();
    population = PopulationSimulator.start();
    skewed = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    skewed.start();
    // The gateway's clock runs ten minutes ahead: its Date is "now + 10 min" at each answer.
    String tenMinutesAhead =
        "{{now offset='10 minutes' timezone='GMT' format='EEE, dd MMM yyyy HH:mm:ss z'}}";
    skewed.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Date", tenMinutesAhead)
                    .withTransformers("response-template")));
    skewed.stubFor(
        post(urlPathEqualTo("/oauth/tokn"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Date", tenMinutesAhead)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody("<html><body>Not Found</body></html>")
                    .withTransformers("response-template")));
  }

  @AfterAll
  static void stop() {
    business.close();
    portal.close();
    postal.close();
    population.close();
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
    keys.putAll(postal.connectionInfo());
    keys.put("postal.auth", "token-type-header");
    keys.put("postal.consumerKey", PostalSimulator.CLIENT_ID);
    keys.put("postal.consumerSecret", PostalSimulator.CLIENT_SECRET);
    keys.put("postal.dedicatedNetwork", "true");
    keys.putAll(population.directConfigKeys());
    keys.put("population.dedicatedNetwork", "true");
    return keys;
  }

  @Test
  void passesAGoodConfigurationAgainstTheSimulators() {
    Cli.Run run = Cli.run("doctor", "--config", Cli.config(pkiDir, good()).toString());

    assertThat(run.out())
        .contains("Ready")
        .doesNotContain("FAIL ")
        .contains("procedure catalogue (LayDanhSachTTHC)")
        .contains("price of a 500 g parcel")
        .contains("search by name (timKiemDoanhNghiep)")
        .containsPattern("postal +Lấy token +OK");
    assertThat(run.exit()).as(run.all()).isZero();
  }

  private static Map<String, String> broken() {
    Map<String, String> keys = new HashMap<>(TestPki.configKeys(pkiDir));
    keys.put("tls.clientPkcs12", pkiDir.resolve("expired.p12").toString());
    keys.put("business.endpoint", skewed.baseUrl() + "/apiCSDLDKDN/1.0");
    keys.put("business.dedicatedNetwork", "true");
    keys.put("business.auth", "oauth2-client-credentials");
    keys.put("business.tokenUrl", skewed.baseUrl() + "/oauth/tokn");
    keys.put("business.consumerKey", "portal");
    keys.put("business.consumerSecret", "known-consumer-secret-1");
    return keys;
  }

  @Test
  void namesAnExpiredCertificateASkewedClockAndAWrongTokenUrl() {
    Cli.Run run = Cli.run("doctor", "--config", Cli.config(pkiDir, broken()).toString());

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out())
        .contains("expired")
        .contains("s behind the gateway's Date")
        .contains("wrong token URL (HTTP 404, an HTML page)");
  }

  @Test
  void neverPrintsTheConfiguredSecrets() {
    Map<String, String> withSecrets = good();
    withSecrets.put("population.secret", "known-population-secret-2");
    withSecrets.put("population.apiKey", "known-api-key-3");
    withSecrets.put("population.endpoint", "http://127.0.0.1:9/known-api-key-3");
    List<String> known =
        List.of(
            TestPki.PASSWORD,
            BusinessRegistrySimulator.CONSUMER_SECRET,
            NationalPortalSimulator.PASSWORD,
            PostalSimulator.CLIENT_SECRET,
            population.credentials().secret(),
            "known-consumer-secret-1",
            "known-population-secret-2",
            "known-api-key-3",
            withSecrets.get("security.evidenceKey"));

    for (Map<String, String> keys : List.of(withSecrets, broken())) {
      Cli.Run run = Cli.run("doctor", "--config", Cli.config(pkiDir, keys).toString());

      assertThat(run.out()).contains("System");
      known.forEach(secret -> assertThat(run.all()).doesNotContain(secret));
    }
  }

  @Test
  void readsTheFileNamedByConnectorConfigWhenNoOptionIsGiven() {
    Path file = Cli.config(pkiDir, broken());

    Cli.Run run = Cli.run(Map.of("CONNECTOR_CONFIG", file.toString()), "doctor");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("wrong token URL");
  }

  @Test
  void refusesToRunWithoutAConfigurationAsAUsageError() {
    Cli.Run run = Cli.run("doctor");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--config").contains("CONNECTOR_CONFIG");
  }

  @Test
  void warnsOfAClockAMinuteOffAndStillPasses() {
    Map<String, String> keys = new HashMap<>();
    keys.put("business.endpoint", skewed.baseUrl() + "/apiCSDLDKDN/1.0");
    keys.put("business.auth", "none");
    // Nine minutes ahead here against ten at the gateway: one minute of skew.
    Clock nineAhead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(9));

    Cli.Run run =
        Cli.run(
            new ConnectorCli.Environment(nineAhead, Map.of()),
            "doctor",
            "--config",
            Cli.config(pkiDir, keys).toString());

    assertThat(run.out())
        .containsPattern("Đồng hồ so với cổng +WARN")
        .containsPattern("this machine's clock is (5\\d|6\\d) s behind");
    assertThat(run.exit()).as(run.all()).isZero();
  }

  @Test
  void failsTlsToAServerTheAnchorsDoNotTrust() {
    Map<String, String> keys = good();
    keys.put("tls.trustAnchors", pkiDir.resolve("foreign-chain.pem").toString());

    Cli.Run run = Cli.run("doctor", "--config", Cli.config(pkiDir, keys).toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).containsPattern("business +Kết nối TLS +FAIL");
  }

  @Test
  void failsPlainHttpWhileTlsIsConfiguredUnlessTheDedicatedNetworkIsDeclared() {
    Map<String, String> keys = good();
    keys.remove("population.dedicatedNetwork");

    Cli.Run run = Cli.run("doctor", "--config", Cli.config(pkiDir, keys).toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .containsPattern("population +Kết nối TLS +FAIL")
        .contains("population.endpoint: plain HTTP, no TLS")
        .contains("population.dedicatedNetwork=true");
  }

  @Test
  void namesRefusedCredentialsAsSuch() {
    Map<String, String> keys = good();
    keys.put("business.consumerSecret", "not-the-secret");

    Cli.Run run = Cli.run("doctor", "--config", Cli.config(pkiDir, keys).toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .containsPattern("business.tokenUrl: credentials refused \\(HTTP 40[013]\\)");
  }

  @Test
  void fetchesTheLgspTokenOfThePopulationLgspProfiles() {
    Map<String, String> keys = new HashMap<>(population.connectionInfo());
    keys.put("population.profile", "lgsp-soap");
    keys.put("population.endpoint", population.lgspSoapBase().toString());

    Cli.Run run = Cli.run("doctor", "--config", Cli.config(pkiDir, keys).toString());

    assertThat(run.out()).containsPattern("population +Lấy token +OK");
  }
}
