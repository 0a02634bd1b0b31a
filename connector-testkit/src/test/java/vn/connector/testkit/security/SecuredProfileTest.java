package vn.connector.testkit.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.connector.core.Call;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.HttpTransport;
import vn.connector.core.RetryPolicy;
import vn.connector.core.ServiceException;
import vn.connector.core.SignatureException;
import vn.connector.core.security.EvidenceRecord;

/**
 * The secured profile end to end: core's transport with the portal interceptor against WireMock.
 */
class SecuredProfileTest {

  static final String ENVELOPE =
      "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
          + "<soap:Header><xro:id xmlns:xro=\"http://x-road.eu/xsd/xroad.xsd\">%s</xro:id></soap:Header><soap:Body>"
          + "<c:KetQua xmlns:c=\"urn:c06\"><c:HoTen>Nguyễn Văn An</c:HoTen></c:KetQua></soap:Body></soap:Envelope>";

  static TestPki pki;
  static SecuredProfile rest;
  static SecuredProfile soap;
  static WireMockServer restServer;
  static WireMockServer soapServer;
  static final List<EvidenceRecord> evidence = new CopyOnWriteArrayList<>();
  static HttpTransport restTransport;
  static HttpTransport soapTransport;

  @BeforeAll
  static void start() {
    pki = TestPki.generate();
    rest = SecuredProfile.rest(pki);
    soap = SecuredProfile.soap(pki);
    restServer = new WireMockServer(options().dynamicPort().extensions(rest));
    soapServer = new WireMockServer(options().dynamicPort().extensions(soap));
    restServer.start();
    soapServer.start();
    restServer.stubFor(post("/echo").willReturn(okJson("{\"ketQua\":\"ok\"}")));
    // The national side echoes the request's xroad:id, as X-Road does.
    soapServer.stubFor(
        post("/soap")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/xml; charset=utf-8")
                    .withBody(
                        String.format(
                            ENVELOPE, "{{xPath request.body '//*[local-name()=\"id\"]/text()'}}"))
                    .withTransformers("response-template")));
    restTransport =
        HttpTransport.builder()
            .retryPolicy(RetryPolicy.none())
            .interceptor(SecuredProfile.portalRestProfile(pki).portalInterceptor(evidence::add))
            .build();
    soapTransport =
        HttpTransport.builder()
            .retryPolicy(RetryPolicy.none())
            .interceptor(SecuredProfile.portalSoapProfile(pki).portalInterceptor(evidence::add))
            .build();
  }

  @AfterAll
  static void stop() {
    restTransport.close();
    soapTransport.close();
    restServer.stop();
    soapServer.stop();
  }

  static String callRest() {
    HttpRequest request =
        HttpRequest.post(URI.create(restServer.baseUrl() + "/echo"))
            .body("{\"soDinhDanh\":\"001090012345\"}", "application/json")
            .build();
    return restTransport.call(
        Call.builder("test", "echo").build(), request, HttpResponse::bodyAsString);
  }

  static String callSoap() {
    HttpRequest request =
        HttpRequest.post(URI.create(soapServer.baseUrl() + "/soap"))
            .body(String.format(ENVELOPE, java.util.UUID.randomUUID()), "text/xml; charset=utf-8")
            .build();
    return soapTransport.call(
        Call.builder("test", "soap").build(), request, HttpResponse::bodyAsString);
  }

  @Test
  void signedRestExchangeVerifiesBothWaysAndLeavesEvidence() {
    evidence.clear();
    assertThat(callRest()).isEqualTo("{\"ketQua\":\"ok\"}");
    assertThat(rest.requestVerifications()).last().satisfies(v -> assertThat(v.valid()).isTrue());
    assertThat(evidence)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.verification().valid()).isTrue();
              assertThat(record.requestSignature()).startsWith("sig1=:");
              assertThat(record.responseSignature()).startsWith("sig1=:");
              assertThat(record.requestDigest()).hasSize(44);
              assertThat(record.toString()).doesNotContain("001090012345");
            });
  }

  @ParameterizedTest
  @CsvSource({
    "BAD_SIGNATURE, signature invalid",
    "WRONG_KEY, signature invalid",
    "REPLAYED_RESPONSE, x-request-id does not match the request",
    "STALE_CREATED, created too old",
    "BODY_CHANGED_AFTER_SIGNING, content-digest mismatch"
  })
  void refusesMisbehavingRestResponse(SecurityFault fault, String rule) {
    callRest();
    rest.next(fault);
    evidence.clear();
    assertThatThrownBy(SecuredProfileTest::callRest)
        .isInstanceOfSatisfying(
            SignatureException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    assertThat(evidence)
        .singleElement()
        .satisfies(r -> assertThat(r.verification().failedRule()).isEqualTo(rule));
  }

  @Test
  void signsEveryRetryAfreshUnderTheSameRequestId() {
    restServer.stubFor(
        post("/flaky")
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1"))
            .willSetStateTo("up"));
    restServer.stubFor(
        post("/flaky")
            .inScenario("flaky")
            .whenScenarioStateIs("up")
            .willReturn(okJson("{\"ketQua\":\"ok\"}")));
    List<Duration> slept = new CopyOnWriteArrayList<>();
    try (HttpTransport transport =
        HttpTransport.builder()
            .sleeper(d -> slept.add(d))
            .interceptor(SecuredProfile.portalRestProfile(pki).portalInterceptor())
            .build()) {
      HttpRequest request =
          HttpRequest.post(URI.create(restServer.baseUrl() + "/flaky"))
              .body("{}", "application/json")
              .build();
      Call call = Call.builder("test", "flaky").idempotent(true).build();
      assertThat(transport.call(call, request, HttpResponse::bodyAsString)).contains("ok");
    }
    assertThat(slept).hasSize(1);
    List<LoggedRequest> sent = restServer.findAll(postRequestedFor(urlEqualTo("/flaky")));
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).getHeader("X-Request-Id"))
        .isEqualTo(sent.get(1).getHeader("X-Request-Id"));
    assertThat(sent.get(0).getHeader("Signature-Input"))
        .isNotEqualTo(sent.get(1).getHeader("Signature-Input"));
  }

  @Test
  void passesUnsignedGatewayOutageToRetriesButRefusesUnsignedAnswer() {
    WireMockServer plain = new WireMockServer(options().dynamicPort());
    plain.start();
    try (HttpTransport transport =
        HttpTransport.builder()
            .sleeper(d -> {})
            .interceptor(SecuredProfile.portalRestProfile(pki).portalInterceptor())
            .build()) {
      plain.stubFor(
          post("/op")
              .inScenario("gw")
              .whenScenarioStateIs(Scenario.STARTED)
              .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1"))
              .willSetStateTo("up"));
      plain.stubFor(
          post("/op")
              .inScenario("gw")
              .whenScenarioStateIs("up")
              .willReturn(okJson("{\"ketQua\":\"ok\"}")));
      HttpRequest request =
          HttpRequest.post(URI.create(plain.baseUrl() + "/op"))
              .body("{}", "application/json")
              .build();
      assertThatThrownBy(
              () ->
                  transport.call(
                      Call.builder("test", "op").idempotent(true).build(),
                      request,
                      HttpResponse::bodyAsString))
          .isInstanceOfSatisfying(
              SignatureException.class, e -> assertThat(e.rule()).isEqualTo("signature missing"));
      assertThat(plain.findAll(postRequestedFor(urlEqualTo("/op")))).hasSize(2);
    } finally {
      plain.stop();
    }
  }

  @Test
  void simulatorRefusesUnsignedPortalRequest() {
    try (HttpTransport unsigned = HttpTransport.builder().retryPolicy(RetryPolicy.none()).build()) {
      HttpRequest request =
          HttpRequest.post(URI.create(restServer.baseUrl() + "/echo"))
              .body("{}", "application/json")
              .build();
      assertThatThrownBy(
              () ->
                  unsigned.call(
                      Call.builder("test", "echo").build(), request, HttpResponse::bodyAsString))
          .isInstanceOfSatisfying(
              ServiceException.class, e -> assertThat(e.httpStatus()).hasValue(401));
      assertThat(rest.requestVerifications())
          .last()
          .satisfies(v -> assertThat(v.failedRule()).isEqualTo("signature missing"));
    }
  }

  @Test
  void signedSoapExchangeVerifiesBothWays() {
    evidence.clear();
    assertThat(callSoap()).contains("Nguyễn Văn An", "wsse:Security");
    assertThat(evidence)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.verification().valid()).isTrue();
              assertThat(record.requestSignature())
                  .isNotEmpty()
                  .isNotEqualTo(record.responseSignature());
              assertThat(record.responseSignature()).isNotEmpty();
            });
    assertThat(soap.requestVerifications()).last().satisfies(v -> assertThat(v.valid()).isTrue());
  }

  @ParameterizedTest
  @CsvSource({
    "BAD_SIGNATURE, signature invalid",
    "WRONG_KEY, signature invalid",
    "STALE_CREATED, timestamp created too old",
    "BODY_CHANGED_AFTER_SIGNING, digest mismatch",
    "WRAPPED_SOAP_BODY, exactly one Body required",
    "REPLAYED_RESPONSE, xroad:id does not match the request"
  })
  void refusesMisbehavingSoapResponse(SecurityFault fault, String rule) {
    callSoap();
    soap.next(fault);
    assertThatThrownBy(SecuredProfileTest::callSoap)
        .isInstanceOfSatisfying(
            SignatureException.class, e -> assertThat(e.rule()).isEqualTo(rule));
  }
}
