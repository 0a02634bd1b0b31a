package vn.connector.criminalrecord;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.connector.core.ConnectorException;
import vn.connector.core.RetryPolicy;
import vn.connector.core.Secret;
import vn.connector.criminalrecord.model.ProcessingState;
import vn.connector.criminalrecord.model.ResultReport;
import vn.connector.criminalrecord.model.SubmitOutcome;

/**
 * The authKey in no log line and no exception message, with every logger of the JVM at DEBUG
 * (HttpClient's header and wire loggers included, and the server's), across successes, refusals,
 * retries, unreadable answers, resets and unreachable servers.
 */
class AuthKeyNotLoggedTest {

  private static final String SUBMIT = "/v2/lyLichTuPhap/nhanHoSoLLTP";
  private static final String STATUS = "/v2/lyLichTuPhap/traCuuTrangThaiHoSoLLTP";
  private static final String REPORT = "/v2/lyLichTuPhap/traKetQuaHoSoLLTP";

  private WireMockServer server;
  private final List<Duration> sleeps = new ArrayList<>();

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private CriminalRecordClient client(URI endpoint) {
    return CriminalRecordClient.builder()
        .endpoint(endpoint)
        .authKey(Secret.of(Samples.AUTH_KEY))
        .province("24", "Bắc Giang")
        .codeTable(Samples.codes())
        .sleeper(sleeps::add)
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
        .build();
  }

  private void answer(String path, int status, String body) {
    server.stubFor(
        post(urlPathEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(body)));
  }

  @Test
  void authKeyAppearsInNoLogLineNorExceptionMessageAtDebug() {
    List<String> messages = new ArrayList<>();
    List<String> lines;
    try (LogCapture logs = LogCapture.at(Level.DEBUG);
        CriminalRecordClient client = client(URI.create(server.baseUrl()))) {
      answer(SUBMIT, 200, "\"Gửi thông tin thành công\"");
      assertThat(client.submit(Samples.context(), Samples.declaration().build()))
          .isEqualTo(SubmitOutcome.ACCEPTED);

      answer(
          SUBMIT,
          200,
          "{\"status\":0,\"statusDescription\":\"Lỗi\",\"errorCode\":\"E01\",\"errorDescription\":\"authKey không hợp lệ\"}");
      messages.add(
          messageOf(() -> client.submit(Samples.context(), Samples.declaration().build())));

      server.stubFor(
          post(urlPathEqualTo(SUBMIT))
              .willReturn(
                  aResponse().withStatus(503).withHeader("Retry-After", "1").withBody("busy")));
      messages.add(
          messageOf(() -> client.submit(Samples.context(), Samples.declaration().build())));

      String pdf = Base64.getEncoder().encodeToString(Samples.pdf());
      answer(
          STATUS,
          200,
          "{\"status\":1,\"value\":[{\"maHoSoMCDT\":\""
              + Samples.CODE.value()
              + "\",\"trangThaiXuLy\":\"9\",\"ketQuaXuLy\":{\"soPhieuLLTP\":\"1/2024\",\"ngayCapPhieu\":\"20/11/2024\",\"loaiPhieu\":\"1\",\"phieuLLTP\":\""
              + pdf
              + "\"}}]}");
      assertThat(client.status(Samples.context(), Samples.CODE).orElseThrow().state())
          .isEqualTo(ProcessingState.DONE);

      answer(STATUS, 200, "{\"status\":1,\"value\":{not json");
      messages.add(messageOf(() -> client.status(Samples.context(), Samples.CODE)));

      answer(
          REPORT,
          200,
          "{\"statusCode\":\"03\",\"errorDetail\":\"Yêu cầu bị gián đoạn. Vui lòng thử lại.\"}");
      messages.add(
          messageOf(
              () ->
                  client.reportResult(
                      Samples.context(),
                      ResultReport.refusal(
                          Samples.CODE, "Không đủ hồ sơ", java.time.LocalDate.of(2024, 11, 25)))));

      server.stubFor(
          post(urlPathEqualTo(REPORT))
              .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
      messages.add(
          messageOf(
              () ->
                  client.reportResult(
                      Samples.context(),
                      ResultReport.refusal(
                          Samples.CODE, "Không đủ hồ sơ", java.time.LocalDate.of(2024, 11, 25)))));
      try (CriminalRecordClient unreachable = client(URI.create("http://127.0.0.1:1"))) {
        messages.add(messageOf(() -> unreachable.status(Samples.context(), Samples.CODE)));
      }
      lines = logs.lines();
    }

    server.verify(
        postRequestedFor(urlPathEqualTo(SUBMIT))
            .withRequestBody(containing("\"authKey\":\"" + Samples.AUTH_KEY + "\"")));
    assertThat(lines)
        .anyMatch(l -> l.startsWith("DEBUG"))
        .anyMatch(l -> l.contains("criminal-record"));
    assertThat(messages).hasSize(6).allSatisfy(m -> assertThat(m).isNotBlank());
    assertThat(lines).noneMatch(l -> l.contains(Samples.AUTH_KEY));
    assertThat(messages).noneMatch(m -> m.contains(Samples.AUTH_KEY));
    assertThat(client(URI.create(server.baseUrl())).toString()).doesNotContain(Samples.AUTH_KEY);
  }

  /** The message of the exception and of all its causes. */
  private static String messageOf(Runnable call) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).isInstanceOf(ConnectorException.class);
    StringBuilder b = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      b.append(c).append(" / ");
    }
    return b.toString();
  }
}
