package vn.connector.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import vn.connector.testlogging.CapturedLogs;
import vn.connector.testlogging.LogEvent;

/** The SLF4J MDC during a call: request id and dossier code, put back afterwards. */
class CallMdcTest {

  private static final Logger LOG = LoggerFactory.getLogger(CallMdcTest.class);
  private static final CallContext CONTEXT =
      CallContext.of(
          "canbo.an",
          "000.00.01.H22",
          DossierCode.parse("000.00.01.H22-241115-0001"),
          Purpose.PROCEDURE_HANDLING);

  private final WireMockServer server =
      new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
  private HttpTransport transport;

  @BeforeEach
  void start() {
    server.start();
    server.stubFor(get("/ok").willReturn(aResponse()));
    server.stubFor(get("/refused").willReturn(aResponse().withStatus(403)));
    transport = HttpTransport.builder().auditListener(e -> {}).build();
  }

  @AfterEach
  void stop() {
    transport.close();
    server.stop();
    MDC.clear();
  }

  private Object call(String path, String requestId) {
    Call call = Call.builder("population", "verify").requestId(requestId).context(CONTEXT).build();
    return transport.call(
        call,
        HttpRequest.get(URI.create(server.baseUrl() + path)).build(),
        r -> {
          LOG.info("reading the answer");
          return "ok";
        });
  }

  private static Map<String, String> mdcOf(String message) {
    return CapturedLogs.events().stream()
        .filter(e -> e.message().equals(message))
        .map(LogEvent::mdc)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void carriesTheRequestIdAndDossierCodeWhileTheCallRuns() {
    call("/ok", "req-1");

    assertThat(mdcOf("reading the answer"))
        .containsEntry("connector.requestId", "req-1")
        .containsEntry("connector.dossier", "000.00.01.H22-241115-0001");
    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
  }

  @Test
  void neverCarriesTheOfficerOrAnythingButTheTwoKeys() {
    call("/ok", "req-1");

    assertThat(mdcOf("reading the answer"))
        .containsOnlyKeys("connector.requestId", "connector.dossier");
  }

  @Test
  void putsBackWhatWasThereAlsoWhenTheCallFails() {
    MDC.put("connector.requestId", "outer");
    MDC.put("tenant", "h22");

    assertThatThrownBy(() -> call("/refused", "req-2")).isInstanceOf(ServiceException.class);

    assertThat(MDC.getCopyOfContextMap())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("connector.requestId", "outer", "tenant", "h22"));
  }

  @Test
  void aCallWithoutContextNamesNoDossier() {
    MDC.put("connector.dossier", "outer-dossier");
    Call call = Call.builder("postal", "tariff").requestId("req-3").build();

    transport.call(
        call,
        HttpRequest.get(URI.create(server.baseUrl() + "/ok")).build(),
        r -> {
          LOG.info("no context");
          return "ok";
        });

    assertThat(mdcOf("no context")).containsOnlyKeys("connector.requestId");
    assertThat(MDC.get("connector.dossier")).isEqualTo("outer-dossier");
  }

  @Test
  void worksOnOtherThreadsAndLeavesNothingBehindOnAPooledThread() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      pool.submit(() -> call("/ok", "req-4")).get();
      Map<String, String> after = pool.submit(MDC::getCopyOfContextMap).get();

      assertThat(mdcOf("reading the answer")).containsEntry("connector.requestId", "req-4");
      assertThat(after).isNullOrEmpty();
      assertThat(MDC.get("connector.requestId")).isNull();
    } finally {
      pool.shutdown();
    }
  }
}
