package vn.connector.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The answer table's verdicts acted on inside the retry loop, and the per-call interceptors. */
class AnswerVerdictsTest {

  private static final ErrorHint UNKNOWN_PROCEDURE =
      new ErrorHint("Mã TTHC không tồn tại.", "Unknown procedure code.");

  /** Criminal-record report answers (criminal-record.md), as one connector would write them. */
  static final AnswerTable TABLE =
      AnswerTable.builder()
          .code(r -> Answers.stringOrNumber(Answers.json(r), "statusCode"))
          .text(r -> Answers.stringOrNumber(Answers.json(r), "errorDetail"))
          .onCode("00", Verdict.ok())
          .on(
              "01",
              "không thể cập nhật lên trạng thái",
              Verdict.alreadyDone("already in that state"))
          .on("03", "yêu cầu bị gián đoạn", Verdict.retry("yêu cầu bị gián đoạn"))
          .onCode("04", Verdict.retryIfIdempotent("server error"))
          .onCode("-1", Verdict.renewAuth())
          .onCode("4", Verdict.refuse(UNKNOWN_PROCEDURE))
          .build();

  private final WireMockServer server =
      new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
  private final List<Duration> pauses = new CopyOnWriteArrayList<>();
  private final List<AuditEvent> audit = new CopyOnWriteArrayList<>();
  private HttpTransport transport;

  @BeforeEach
  void start() {
    server.start();
    transport = HttpTransport.builder().sleeper(pauses::add).auditListener(audit::add).build();
  }

  @AfterEach
  void stop() {
    transport.close();
    server.stop();
  }

  private HttpRequest request() {
    return HttpRequest.post(URI.create(server.baseUrl() + "/report"))
        .body("{}", "application/json")
        .build();
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  private void answers(ResponseDefinitionBuilder... answers) {
    String state = Scenario.STARTED;
    for (int i = 0; i < answers.length; i++) {
      String next = i == answers.length - 1 ? state : "s" + (i + 1);
      server.stubFor(
          post("/report")
              .inScenario("r")
              .whenScenarioStateIs(state)
              .willReturn(answers[i])
              .willSetStateTo(next));
      state = next;
    }
  }

  private int sent() {
    return server.findAll(postRequestedFor(urlEqualTo("/report"))).size();
  }

  private static Call call(boolean idempotent) {
    return Call.builder("criminal-record", "report").idempotent(idempotent).build();
  }

  @Test
  void retriesATransientCodeInsideTheLoopEvenForANonIdempotentCall() {
    answers(
        json("{\"statusCode\":\"03\",\"errorDetail\":\"Yêu cầu bị gián đoạn. Vui lòng thử lại.\"}"),
        json("{\"statusCode\":\"00\"}"));

    String body = transport.call(call(false), request(), TABLE, HttpResponse::bodyAsString);

    assertThat(body).contains("00");
    assertThat(sent()).isEqualTo(2);
    assertThat(pauses).hasSize(1);
    assertThat(audit).singleElement().satisfies(e -> assertThat(e.attempts()).isEqualTo(2));
  }

  @Test
  void resendsAMaybeProcessedFailureOnlyForIdempotentCalls() {
    server.stubFor(post("/report").willReturn(json("{\"statusCode\":\"04\"}")));

    assertThatThrownBy(() -> transport.call(call(false), request(), TABLE, r -> r))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.isRetryable()).isTrue();
              assertThat(e.nationalCode()).hasValue("04");
            });
    assertThat(sent()).isEqualTo(1);
  }

  @Test
  void treatsAlreadyInThatStateAsDoneAndTellsTheHandler() {
    answers(
        json("{\"statusCode\":\"01\",\"errorDetail\":\"Không thể cập nhật lên trạng thái 9\"}"));

    boolean repeat = transport.callForAnswer(call(false), request(), TABLE, Answer::alreadyDone);

    assertThat(repeat).isTrue();
  }

  @Test
  void refusesWithTheNationalCodeTextAndHintButKeepsTheTextOutOfTheMessage() {
    server.stubFor(
        post("/report")
            .willReturn(
                json("{\"statusCode\":\"4\",\"errorDetail\":\"Nguyễn Văn An 001090012345\"}")));

    assertThatThrownBy(() -> transport.call(call(true), request(), TABLE, r -> r))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.nationalCode()).hasValue("4");
              assertThat(e.nationalMessage()).hasValue("Nguyễn Văn An 001090012345");
              assertThat(e.hint()).hasValue(UNKNOWN_PROCEDURE);
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.getMessage()).contains("code 4").doesNotContain("Nguyễn", "0010");
              assertThat(e.maskedNationalMessage()).hasValue("N*** V*** A*** ************");
            });
    assertThat(sent()).isEqualTo(1);
    assertThat(audit).singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("4"));
  }

  @Test
  void renewsTheSessionOnceOnAnExpiredSessionVerdict() {
    answers(json("{\"statusCode\":\"-1\"}"), json("{\"statusCode\":\"00\"}"));
    AtomicInteger sessions = new AtomicInteger();
    TokenSource source =
        TokenSource.of(
            s ->
                new TokenSource.Token(
                    "session-" + sessions.incrementAndGet(), null, java.time.Instant.MAX));
    try (HttpTransport t =
        transport
            .newBuilder()
            .auth(Auth.token(source, TokenPlacement.sessionField("session")))
            .build()) {
      t.call(call(false), request(), TABLE, r -> r);
    }

    assertThat(sessions).hasValue(2);
    var sentBodies = server.findAll(postRequestedFor(urlEqualTo("/report")));
    assertThat(sentBodies.get(0).getBodyAsString()).contains("\"session\":\"session-1\"");
    assertThat(sentBodies.get(1).getBodyAsString()).contains("\"session\":\"session-2\"");
  }

  @Test
  void endsTheCallWhenTheRenewedSessionIsRefusedAgain() {
    server.stubFor(post("/report").willReturn(json("{\"statusCode\":\"-1\"}")));
    TokenSource source =
        TokenSource.of(s -> new TokenSource.Token("s", null, java.time.Instant.MAX));
    try (HttpTransport t =
        transport
            .newBuilder()
            .auth(Auth.token(source, TokenPlacement.sessionField("session")))
            .build()) {
      assertThatThrownBy(() -> t.call(call(false), request(), TABLE, r -> r))
          .isInstanceOfSatisfying(
              ServiceException.class, e -> assertThat(e.isRetryable()).isFalse());
    }
    assertThat(sent()).isEqualTo(2);
  }

  @Test
  void reportsAnyHandlerFailureAsAResponseExceptionNotAsTheCallersInput() {
    server.stubFor(post("/report").willReturn(json("{\"statusCode\":\"00\",\"amount\":\"x\"}")));

    assertThatThrownBy(
            () ->
                transport.call(
                    call(true),
                    request(),
                    TABLE,
                    r -> Answers.vnd(Answers.json(r).get("amount"), "amount")))
        .isInstanceOf(ResponseException.class)
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertThat(audit)
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.RESPONSE_INVALID));
  }

  @Test
  void sendsTheRequestIdOnEveryCall() {
    server.stubFor(post("/report").willReturn(json("{\"statusCode\":\"00\"}")));
    Call call = call(true);

    transport.call(call, request(), TABLE, r -> r);

    assertThat(
            server
                .findAll(postRequestedFor(urlEqualTo("/report")))
                .get(0)
                .getHeader("X-Request-Id"))
        .isEqualTo(call.requestId());
  }

  @Test
  void aCallInterceptorMayAnswerItselfAndTheCallIsAuditedOnceWithItsDetail() {
    HttpResponse cached =
        new HttpResponse(200, java.util.Map.of(), "{\"statusCode\":\"00\"}".getBytes());
    CallInterceptor cache =
        chain -> {
          chain.auditDetail("CACHE_HIT");
          return new Answer(cached, Verdict.ok());
        };
    try (HttpTransport t = transport.newBuilder().callInterceptor(cache).build()) {
      String body = t.call(call(true), request(), TABLE, HttpResponse::bodyAsString);
      assertThat(body).contains("00");
    }

    assertThat(sent()).isZero();
    assertThat(audit)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.attempts()).isZero();
              assertThat(e.detail()).isEqualTo("CACHE_HIT");
              assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.SUCCESS);
            });
  }

  @Test
  void countsBothSendsAfterARefreshOn401() {
    answers(aResponse().withStatus(401), json("{\"statusCode\":\"00\"}"));
    AtomicInteger tokens = new AtomicInteger();
    TokenSource source =
        TokenSource.of(
            s ->
                new TokenSource.Token("t" + tokens.incrementAndGet(), null, java.time.Instant.MAX));
    try (HttpTransport t =
        transport
            .newBuilder()
            .retryPolicy(RetryPolicy.none())
            .auth(Auth.token(source, TokenPlacement.bearer()))
            .build()) {
      t.call(call(false), request(), TABLE, r -> r);
    }

    assertThat(audit).singleElement().satisfies(e -> assertThat(e.attempts()).isEqualTo(2));
    assertThat(tokens).hasValue(2);
  }

  @Test
  void aServerErrorHandedToTheHandlerIsNotRetryable() {
    server.stubFor(post("/report").willReturn(aResponse().withStatus(500).withBody("boom")));
    AnswerTable byStatus = AnswerTable.builder().onStatus(200, Verdict.ok()).build();

    assertThatThrownBy(() -> transport.call(call(true), request(), byStatus, r -> r))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.httpStatus()).hasValue(500);
            });
    assertThat(sent()).isEqualTo(1);
  }
}
