package vn.connector.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import vn.connector.testlogging.CapturedLogs;

/** What a {@link CallObserver} is told of calls, attempts and their events, in order. */
class CallObserverTest {

  private final WireMockServer server =
      new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
  private final List<AuditEvent> audit = new CopyOnWriteArrayList<>();
  private final RecordingObserver observer = new RecordingObserver("o");

  @BeforeEach
  void start() {
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private HttpTransport.Builder transport() {
    return HttpTransport.builder().sleeper(d -> {}).auditListener(audit::add).observer(observer);
  }

  private String data(HttpTransport t) {
    Call call = Call.builder("population", "verify").idempotent(true).build();
    return t.call(call, HttpRequest.get(URI.create(server.baseUrl() + "/data")).build(), r -> "ok");
  }

  @Test
  void tellsEachAttemptWithItsStatusAndRetryReasonThenTheCallsEnd() {
    server.stubFor(
        get("/data")
            .inScenario("s")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    server.stubFor(get("/data").inScenario("s").whenScenarioStateIs("up").willReturn(aResponse()));

    try (HttpTransport t = transport().build()) {
      data(t);
    }

    assertThat(observer.lines)
        .containsExactly(
            "o start population/verify",
            "o attempt 1",
            "o attempt 1 ended 503 SERVICE_REFUSED retry STATUS",
            "o attempt 2",
            "o attempt 2 ended 200 SUCCESS",
            "o end SUCCESS attempts 2");
    assertThat(observer.ended).containsExactlyElementsOf(audit);
  }

  @Test
  void endsTheLastAttemptOfAFailedCallWithoutRetryReason() {
    server.stubFor(get("/data").willReturn(aResponse().withStatus(403)));

    try (HttpTransport t = transport().build()) {
      assertThatThrownBy(() -> data(t)).isInstanceOf(ServiceException.class);
    }

    assertThat(observer.lines)
        .containsExactly(
            "o start population/verify",
            "o attempt 1",
            "o attempt 1 ended 403 SERVICE_REFUSED",
            "o end SERVICE_REFUSED attempts 1");
  }

  @Test
  void tellsTransportFailuresAsAttemptsWithoutStatus() {
    int port = server.port();
    server.stop();
    Call call = Call.builder("population", "verify").idempotent(true).build();
    HttpRequest request = HttpRequest.get(URI.create("http://127.0.0.1:" + port + "/data")).build();

    try (HttpTransport t =
        transport().retryPolicy(RetryPolicy.builder().maxAttempts(2).build()).build()) {
      assertThatThrownBy(() -> t.call(call, request, r -> "ok"))
          .isInstanceOf(TransportException.class);
    }

    assertThat(observer.lines)
        .containsExactly(
            "o start population/verify",
            "o attempt 1",
            "o attempt 1 ended 0 TRANSPORT_FAILED retry TRANSPORT",
            "o attempt 2",
            "o attempt 2 ended 0 TRANSPORT_FAILED",
            "o end TRANSPORT_FAILED attempts 2");
  }

  @Test
  void tellsATokenFetchOnlyWhenTheIssuerIsAsked() {
    server.stubFor(
        post("/token")
            .willReturn(
                aResponse()
                    .withBody(
                        "{\"access_token\":\"T1\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
    server.stubFor(get("/data").willReturn(aResponse()));
    Auth auth =
        Auth.oauth2ClientCredentials(
            URI.create(server.baseUrl() + "/token"), "key", Secret.of("secret"));

    try (HttpTransport t = transport().auth(auth).build()) {
      data(t);
      data(t);
    }

    assertThat(observer.lines)
        .filteredOn(l -> l.contains("event"))
        .containsExactly("o event TOKEN_FETCHED");
  }

  @Test
  void tellsAFailedTokenFetch() {
    server.stubFor(post("/token").willReturn(aResponse().withStatus(400)));
    Auth auth =
        Auth.oauth2ClientCredentials(
            URI.create(server.baseUrl() + "/token"), "key", Secret.of("secret"));

    try (HttpTransport t = transport().auth(auth).build()) {
      assertThatThrownBy(() -> data(t)).isInstanceOf(ConnectorException.class);
    }

    assertThat(observer.lines).contains("o event TOKEN_FETCH_FAILED");
  }

  @Test
  void tellsACacheHitOfAPerCallInterceptorAsACallWithoutAttempts() {
    server.stubFor(get("/data").willReturn(aResponse()));
    Answer[] kept = new Answer[1];
    CallInterceptor cache =
        chain -> {
          if (kept[0] != null) {
            chain.event(CallObserver.Event.CACHE_HIT);
            return kept[0];
          }
          chain.event(CallObserver.Event.CACHE_MISS);
          kept[0] = chain.proceed(chain.request());
          return kept[0];
        };

    try (HttpTransport t = transport().callInterceptor(cache).build()) {
      data(t);
      observer.lines.clear();
      data(t);
    }

    assertThat(observer.lines)
        .containsExactly(
            "o start population/verify", "o event CACHE_HIT", "o end SUCCESS attempts 0");
  }

  @Test
  void tellsSeveralObserversStartsInOrderAndEndsInReverse() {
    server.stubFor(get("/data").willReturn(aResponse()));
    List<String> lines = new CopyOnWriteArrayList<>();

    try (HttpTransport t =
        HttpTransport.builder()
            .auditListener(audit::add)
            .observer(call -> record(lines, "a"))
            .observer(call -> record(lines, "b"))
            .build()) {
      data(t);
    }

    assertThat(lines).containsExactly("a", "b", "b end", "a end");
  }

  private static CallObserver.Observation record(List<String> lines, String name) {
    lines.add(name);
    return new CallObserver.Observation() {
      @Override
      public void callEnded(AuditEvent event) {
        lines.add(name + " end");
      }
    };
  }

  @Test
  void anObserverThatThrowsNeitherFailsTheCallNorStopsTheAudit() {
    server.stubFor(get("/data").willReturn(aResponse()));
    CallObserver broken =
        call -> {
          throw new IllegalStateException("broken meter");
        };

    try (HttpTransport t = transport().observer(broken).build()) {
      assertThat(data(t)).isEqualTo("ok");
    }

    assertThat(audit)
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.SUCCESS));
    assertThat(observer.lines).contains("o end SUCCESS attempts 1");
    assertThat(CapturedLogs.at(Level.WARN))
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("call observer failed in callStarted"));
  }

  @Test
  void aDerivedBuilderKeepsTheObserversAndAddsItsOwnApart() {
    server.stubFor(get("/data").willReturn(aResponse()));
    HttpTransport.Builder base = transport();
    RecordingObserver extra = new RecordingObserver("x");
    HttpTransport.Builder derived = base.copy().observer(extra);

    try (HttpTransport t = base.build()) {
      data(t);
    }
    assertThat(extra.lines).isEmpty();
    try (HttpTransport t = derived.build()) {
      data(t);
    }
    assertThat(extra.lines).contains("x end SUCCESS attempts 1");
  }
}
