package vn.connector.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpTransportTest {

  private final WireMockServer server =
      new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
  private final List<Duration> pauses = new CopyOnWriteArrayList<>();
  private final List<AuditEvent> audit = new CopyOnWriteArrayList<>();
  private HttpTransport transport;

  @BeforeEach
  void start() {
    server.start();
    transport =
        HttpTransport.builder()
            .sleeper(pauses::add)
            .auditListener(audit::add)
            // Generous, so that a loaded CI machine cannot turn a slow loopback answer into a
            // timeout;
            // the timeout test derives a short one.
            .responseTimeout(Duration.ofSeconds(10))
            .build();
  }

  @AfterEach
  void stop() {
    transport.close();
    server.stop();
  }

  private URI uri(String path) {
    return URI.create(server.baseUrl() + path);
  }

  private HttpRequest request(String path, String requestId) {
    return HttpRequest.post(uri(path))
        .header("X-Request-Id", requestId)
        .body("{}", "application/json")
        .build();
  }

  private static Call call(boolean idempotent) {
    return Call.builder("test", "op").idempotent(idempotent).build();
  }

  private void stubSequence(
      String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... answers) {
    String state = Scenario.STARTED;
    for (int i = 0; i < answers.length; i++) {
      String next = i == answers.length - 1 ? state : "step-" + (i + 1);
      server.stubFor(
          post(path)
              .inScenario(path)
              .whenScenarioStateIs(state)
              .willReturn(answers[i])
              .willSetStateTo(next));
      state = next;
    }
  }

  @Test
  void retriesServiceUnavailableWithSameRequestIdHonouringRetryAfter() {
    stubSequence(
        "/op",
        aResponse().withStatus(503).withHeader("Retry-After", "7"),
        aResponse().withStatus(200).withBody("ok"));
    Call call = call(true);

    String body =
        transport.call(call, request("/op", call.requestId()), HttpResponse::bodyAsString);

    assertThat(body).isEqualTo("ok");
    assertThat(pauses).containsExactly(Duration.ofSeconds(7));
    List<LoggedRequest> sent = server.findAll(postRequestedFor(urlEqualTo("/op")));
    assertThat(sent)
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.getHeader("X-Request-Id")).isEqualTo(call.requestId()));
    assertThat(audit)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.SUCCESS);
              assertThat(e.attempts()).isEqualTo(2);
            });
  }

  @Test
  void givesUpWithRetryableServiceExceptionWhenRetryAfterExceedsTheCap() {
    server.stubFor(
        post("/op").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3600")));
    Call call = call(true);

    assertThatThrownBy(
            () ->
                transport.call(call, request("/op", call.requestId()), HttpResponse::bodyAsString))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.isRetryable()).isTrue();
              assertThat(e.httpStatus()).hasValue(503);
              assertThat(e.hint()).isPresent();
              assertThat(e.requestId()).isEqualTo(call.requestId());
            });
    assertThat(pauses).isEmpty();
  }

  @Test
  void namesTheRetryAfterLimitAndKeepsTheGatewaysWordsOutOfTheMessageWhenGivingUp() {
    server.stubFor(
        post("/op")
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Retry-After", "120")
                    .withBody("Hệ thống bận, mã hồ sơ 001090012345 chờ xử lý")));

    assertThatThrownBy(
            () -> transport.call(call(true), request("/op", "r"), HttpResponse::bodyAsString))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.hint())
                  .get()
                  .extracting(ErrorHint::english)
                  .asString()
                  .contains("120 s")
                  .contains("maxRetryAfter 30 s");
              assertThat(e.getMessage())
                  .contains("HTTP 503")
                  .contains("maxRetryAfter")
                  .doesNotContain("Hệ thống bận")
                  .doesNotContain("0010");
              assertThat(e.nationalMessage()).get().asString().contains("Hệ thống bận");
              assertThat(e.maskedNationalMessage())
                  .get()
                  .asString()
                  .startsWith("H*** thống bận")
                  .doesNotContain("0010");
            });
  }

  @Test
  void sendsContentTypeExactlyAsGivenSoThatASignatureOverItHolds() {
    server.stubFor(post("/op").willReturn(aResponse().withBody("ok")));
    HttpRequest request =
        HttpRequest.post(uri("/op")).body("{}", "application/json;charset=UTF-8").build();

    transport.call(call(true), request, HttpResponse::bodyAsString);

    server.verify(
        postRequestedFor(urlEqualTo("/op"))
            .withHeader("Content-Type", equalTo("application/json;charset=UTF-8")));
  }

  @Test
  void refusesHttpsWithoutTrustAnchorsInsteadOfTrustingTheJvmStore() {
    HttpRequest request =
        HttpRequest.get(URI.create("https://127.0.0.1:" + server.port() + "/op")).build();

    assertThatThrownBy(() -> transport.call(call(true), request, HttpResponse::bodyAsString))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> {
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.getCause()).hasMessageContaining("trust anchors");
            });
    assertThat(pauses).isEmpty();
  }

  @Test
  void refusesAnAnswerLargerThanTheLimitWholeRatherThanCuttingIt() {
    server.stubFor(post("/op").willReturn(aResponse().withBody("x".repeat(2000))));
    try (HttpTransport small = transport.newBuilder().maxAnswerBytes(1024).build()) {
      Call call = call(true);
      assertThatThrownBy(() -> small.call(call, request("/op", "r"), HttpResponse::bodyAsString))
          .isInstanceOf(ResponseException.class)
          .hasMessageContaining("1024 bytes");
    }
  }

  @Test
  void stopsAfterMaxAttemptsWithExponentialBackoffWithJitter() {
    server.stubFor(post("/op").willReturn(aResponse().withStatus(502)));

    assertThatThrownBy(
            () -> transport.call(call(true), request("/op", "r"), HttpResponse::bodyAsString))
        .isInstanceOf(ServiceException.class);
    assertThat(server.findAll(postRequestedFor(urlEqualTo("/op")))).hasSize(3);
    assertThat(pauses).hasSize(2);
    assertThat(pauses.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(pauses.get(1)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void neverRetriesBadGatewayForNonIdempotentCall() {
    server.stubFor(post("/op").willReturn(aResponse().withStatus(502)));

    assertThatThrownBy(
            () -> transport.call(call(false), request("/op", "r"), HttpResponse::bodyAsString))
        .isInstanceOf(ServiceException.class);
    assertThat(server.findAll(postRequestedFor(urlEqualTo("/op")))).hasSize(1);
  }

  @Test
  void handsClientErrorsToTheHandlerWithoutRetry() {
    server.stubFor(post("/op").willReturn(aResponse().withStatus(404).withBody("missing")));

    int status = transport.call(call(true), request("/op", "r"), HttpResponse::status);

    assertThat(status).isEqualTo(404);
    assertThat(server.findAll(postRequestedFor(urlEqualTo("/op")))).hasSize(1);
  }

  @Test
  void retriesConnectionResetForIdempotentCall() {
    stubSequence(
        "/op", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), aResponse().withBody("ok"));

    assertThat(transport.call(call(true), request("/op", "r"), HttpResponse::bodyAsString))
        .isEqualTo("ok");
  }

  @Test
  void reportsTimeoutAsTransportException() {
    server.stubFor(post("/op").willReturn(aResponse().withFixedDelay(2_000).withBody("late")));
    HttpTransport once =
        transport
            .newBuilder()
            .retryPolicy(RetryPolicy.none())
            .responseTimeout(Duration.ofMillis(300))
            .build();

    try (once) {
      assertThatThrownBy(
              () -> once.call(call(true), request("/op", "r"), HttpResponse::bodyAsString))
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> {
                assertThat(e.isRetryable()).isTrue();
                assertThat(e.getMessage()).contains("timed out");
              });
    }
    assertThat(audit)
        .singleElement()
        .extracting(AuditEvent::outcome)
        .isEqualTo(AuditEvent.Outcome.TRANSPORT_FAILED);
  }

  @Test
  void reportsHandlerFailureAsResponseException() {
    server.stubFor(post("/op").willReturn(aResponse().withBody("not json")));

    assertThatThrownBy(
            () ->
                transport.call(
                    call(true),
                    request("/op", "r"),
                    r -> {
                      throw new IllegalStateException("parse");
                    }))
        .isInstanceOf(ResponseException.class);
    assertThat(audit)
        .singleElement()
        .extracting(AuditEvent::outcome)
        .isEqualTo(AuditEvent.Outcome.RESPONSE_INVALID);
  }

  @Test
  void appliesInterceptorsOnEveryAttempt() {
    stubSequence(
        "/op",
        aResponse().withStatus(503).withHeader("Retry-After", "1"),
        aResponse().withBody("ok"));
    List<String> seen = new CopyOnWriteArrayList<>();
    HttpTransport intercepted =
        transport
            .newBuilder()
            .interceptor(
                new ExchangeInterceptor() {
                  @Override
                  public HttpRequest beforeSend(Call call, HttpRequest request) {
                    return request.withHeader("X-Attempt-Stamp", Integer.toString(seen.size()));
                  }

                  @Override
                  public HttpResponse afterReceive(
                      Call call, HttpRequest sent, HttpResponse response) {
                    seen.add(
                        sent.header("X-Attempt-Stamp").orElseThrow() + ":" + response.status());
                    return response;
                  }
                })
            .build();

    try (intercepted) {
      intercepted.call(call(true), request("/op", "r"), HttpResponse::bodyAsString);
    }
    assertThat(seen).containsExactly("0:503", "1:200");
    server.verify(postRequestedFor(urlEqualTo("/op")).withHeader("X-Attempt-Stamp", equalTo("1")));
  }

  @Test
  void theAnswersTreeIsParsedOnceDuringItsCallAndForgottenWhenTheCallEnds() {
    server.stubFor(post("/tree").willReturn(aResponse().withBody("{\"maLoi\":\"00\"}")));
    List<com.fasterxml.jackson.databind.JsonNode> seen = new CopyOnWriteArrayList<>();
    AnswerClassifier table =
        r -> {
          seen.add(Answers.json(r));
          return Verdict.ok();
        };

    HttpResponse answer =
        transport
            .callForAnswer(
                call(true),
                request("/tree", "t-1"),
                table,
                a -> {
                  seen.add(Answers.json(a.response()));
                  return a;
                })
            .response();

    assertThat(seen).hasSize(2);
    assertThat(seen.get(1)).isSameAs(seen.get(0));
    assertThat(Answers.json(answer)).isNotSameAs(seen.get(0)).isEqualTo(seen.get(0));
  }
}
