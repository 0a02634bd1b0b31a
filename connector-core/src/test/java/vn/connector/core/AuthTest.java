package vn.connector.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthTest {

  private final WireMockServer server =
      new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

  @BeforeEach
  void start() {
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private HttpTransport transport(Auth auth, Clock clock) {
    return HttpTransport.builder()
        .auth(auth)
        .clock(clock)
        .sleeper(d -> {})
        .auditListener(e -> {})
        .build();
  }

  private String data(HttpTransport t) {
    return t.call(
        Call.builder("test", "data").idempotent(true).build(),
        HttpRequest.get(URI.create(server.baseUrl() + "/data?x=1")).build(),
        HttpResponse::bodyAsString);
  }

  @Test
  void cachesOAuthTokenAndRefetchesItOnceAfter401() {
    String basic =
        "Basic "
            + Base64.getEncoder().encodeToString("key:secret".getBytes(StandardCharsets.UTF_8));
    server.stubFor(
        post("/token")
            .withHeader("Authorization", equalTo(basic))
            .withRequestBody(equalTo("grant_type=client_credentials"))
            .willReturn(
                aResponse()
                    .withBody(
                        "{\"access_token\":\"T1\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
    server.stubFor(
        get("/data?x=1")
            .withHeader("Authorization", equalTo("Bearer T1"))
            .willReturn(aResponse().withBody("ok")));
    server.stubFor(
        get("/data?x=1")
            .withHeader("Authorization", equalTo("Bearer stale"))
            .willReturn(aResponse().withStatus(401)));
    Auth auth =
        Auth.oauth2ClientCredentials(
            URI.create(server.baseUrl() + "/token"), "key", Secret.of("secret"));

    try (HttpTransport t = transport(auth, Clock.systemUTC())) {
      assertThat(data(t)).isEqualTo("ok");
      assertThat(data(t)).isEqualTo("ok");
      server.verify(1, postRequestedFor(urlEqualTo("/token")));

      server.stubFor(
          get("/data?x=1")
              .withHeader("Authorization", equalTo("Bearer T1"))
              .willReturn(aResponse().withStatus(401)));
      assertThatThrownBy(() -> data(t))
          .isInstanceOfSatisfying(
              ServiceException.class,
              e -> {
                assertThat(e.httpStatus()).hasValue(401);
                assertThat(e.isRetryable()).isFalse();
              });
      server.verify(2, postRequestedFor(urlEqualTo("/token")));
    }
  }

  @Test
  void keepsTheNewTokenWhenARequestWithTheOldOneIsRefusedLater() {
    server.stubFor(
        post("/token")
            .inScenario("t")
            .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
            .willReturn(aResponse().withBody("{\"access_token\":\"T1\",\"expires_in\":3600}"))
            .willSetStateTo("second"));
    server.stubFor(
        post("/token")
            .inScenario("t")
            .whenScenarioStateIs("second")
            .willReturn(aResponse().withBody("{\"access_token\":\"T2\",\"expires_in\":3600}"))
            .willSetStateTo("third"));
    server.stubFor(
        post("/token")
            .inScenario("t")
            .whenScenarioStateIs("third")
            .willReturn(aResponse().withBody("{\"access_token\":\"T3\",\"expires_in\":3600}")));
    server.stubFor(get("/data?x=1").willReturn(aResponse().withBody("ok")));
    Auth auth =
        Auth.oauth2ClientCredentials(
            URI.create(server.baseUrl() + "/token"), "key", Secret.of("secret"));
    HttpRequest plain = HttpRequest.get(URI.create(server.baseUrl() + "/data?x=1")).build();

    try (HttpTransport t = transport(auth, Clock.systemUTC())) {
      data(t); // fetches T1
      HttpRequest withT1 = plain.withHeader("Authorization", "Bearer T1");
      assertThat(auth.refresh(withT1)).isTrue(); // T1 refused: dropped
      data(t); // fetches T2
      assertThat(auth.refresh(withT1)).isTrue(); // a late 401 for T1 must not drop T2
      data(t);
    }
    server.verify(2, postRequestedFor(urlEqualTo("/token")));
    server.verify(
        getRequestedFor(urlEqualTo("/data?x=1")).withHeader("Authorization", equalTo("Bearer T2")));
  }

  @Test
  void signsC06BasicAuthFreshForEveryRequest() throws Exception {
    server.stubFor(get("/data?x=1").willReturn(aResponse().withBody("ok")));
    Instant t0 = Instant.parse("2026-11-24T01:00:00Z");
    MutableClock clock = new MutableClock(t0);
    Auth auth =
        Auth.c06SignedBasic(
            "portal", Secret.of("pw"), Secret.of("api-key"), "VN/GOV/000.00.01.H22/portal", null);

    try (HttpTransport t = transport(auth, clock)) {
      data(t);
      clock.advance(java.time.Duration.ofSeconds(10));
      data(t);
    }

    var sent = server.findAll(getRequestedFor(urlEqualTo("/data?x=1")));
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).getHeader("Timestamp")).isEqualTo(Long.toString(t0.toEpochMilli()));
    assertThat(sent.get(1).getHeader("Timestamp"))
        .isEqualTo(Long.toString(t0.plusSeconds(10).toEpochMilli()));
    for (LoggedRequest r : sent) {
      String expected =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(
                          (server.baseUrl() + "/data" + "portal" + r.getHeader("Timestamp") + "pw")
                              .getBytes(StandardCharsets.UTF_8)));
      String decoded =
          new String(
              Base64.getDecoder().decode(r.getHeader("Authorization").substring(6)),
              StandardCharsets.UTF_8);
      assertThat(decoded).isEqualTo("portal:" + expected);
      assertThat(r.getHeader("ApiKey")).isEqualTo("api-key");
      assertThat(r.getHeader("X-Road-Client")).isEqualTo("VN/GOV/000.00.01.H22/portal");
    }
  }

  @Test
  void sendsLgspAccessTokenOnTokenRequestAndCalls() throws Exception {
    server.stubFor(
        post("/token")
            .willReturn(aResponse().withBody("{\"access_token\":\"L1\",\"expires_in\":60}")));
    server.stubFor(get("/data?x=1").willReturn(aResponse().withBody("ok")));
    Auth auth =
        Auth.lgspAccessToken(
            URI.create(server.baseUrl() + "/token"),
            new LgspCredentials("ak", Secret.of("sk"), "portal", "H22", "H22.01"));

    try (HttpTransport t = transport(auth, Clock.systemUTC())) {
      data(t);
    }

    LoggedRequest token = server.findAll(postRequestedFor(urlEqualTo("/token"))).get(0);
    assertThat(token.getHeader("Authorization")).isNull();
    String json =
        new String(
            Base64.getDecoder().decode(token.getHeader("lgspaccesstoken")), StandardCharsets.UTF_8);
    assertThat(json)
        .isEqualTo(
            "{\"AccessKey\":\"ak\",\"SecretKey\":\"sk\",\"AppName\":\"portal\",\"PartnerCode\":\"H22\",\"PartnerCodeCus\":\"H22.01\"}");
    server.verify(
        getRequestedFor(urlEqualTo("/data?x=1"))
            .withHeader("Authorization", equalTo("Bearer L1"))
            .withHeader("lgspaccesstoken", equalTo(token.getHeader("lgspaccesstoken"))));
  }

  @Test
  void reportsRefusedTokenRequestWithoutLeakingTheSecret() {
    server.stubFor(post("/token").willReturn(aResponse().withStatus(401)));
    Auth auth =
        Auth.oauth2ClientCredentials(
            URI.create(server.baseUrl() + "/token"), "key", Secret.of("very-secret"));

    try (HttpTransport t = transport(auth, Clock.systemUTC())) {
      assertThatThrownBy(() -> data(t))
          .isInstanceOf(ServiceException.class)
          .hasMessageContaining("token")
          .hasMessageNotContaining("very-secret");
    }
  }
}
