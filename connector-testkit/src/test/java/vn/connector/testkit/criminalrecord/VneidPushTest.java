package vn.connector.testkit.criminalrecord;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.connector.core.DossierCode;
import vn.connector.core.Secret;
import vn.connector.criminalrecord.VneidInbox;
import vn.connector.criminalrecord.VneidReceiver;
import vn.connector.criminalrecord.model.ProcessingState;
import vn.connector.criminalrecord.model.VneidAnswer;

/** The simulator playing VNeID against a portal endpoint that hosts the receiver. */
class VneidPushTest {

  private static final String CODE_GET = "province-shared-code";
  private static CriminalRecordSimulator sim;
  private static HttpServer portal;
  private static final VneidInbox.InMemory INBOX = VneidInbox.inMemory();

  @BeforeAll
  static void start() throws IOException {
    sim = CriminalRecordSimulator.start();
    VneidReceiver receiver = new VneidReceiver(INBOX, Secret.of(CODE_GET));
    portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    portal.createContext(
        "/LLTP/TaoHoSo",
        exchange -> {
          String query = exchange.getRequestURI().getRawQuery();
          String codeGet =
              query != null && query.startsWith("CodeGet=")
                  ? URLDecoder.decode(query.substring(8), StandardCharsets.UTF_8)
                  : null;
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(VneidReceiver.MAX_BODY_BYTES + 1);
          }
          VneidAnswer answer = receiver.handle(codeGet, body);
          exchange.getResponseHeaders().add("Content-Type", answer.contentType());
          exchange.sendResponseHeaders(200, answer.body().length);
          exchange.getResponseBody().write(answer.body());
          exchange.close();
        });
    portal.start();
  }

  @AfterAll
  static void stop() {
    portal.stop(0);
    sim.close();
  }

  private static URI endpoint() {
    return URI.create("http://127.0.0.1:" + portal.getAddress().getPort() + "/LLTP/TaoHoSo");
  }

  @Test
  void aPushIsStoredOnceAndAcceptedAgainOnlyWhileASupplementIsAwaited() {
    String code = "000.00.01.H22-241116-0101";
    assertThat(sim.pushVneidDossier(endpoint(), CODE_GET, code, false))
        .contains("\"statusCode\":\"00\"");
    assertThat(sim.pushVneidDossier(endpoint(), CODE_GET, code, false))
        .contains("\"statusCode\":\"01\"");
    INBOX.setState(DossierCode.parse(code), ProcessingState.SUPPLEMENT_REQUESTED);
    assertThat(sim.pushVneidDossier(endpoint(), CODE_GET, code, false))
        .contains("\"statusCode\":\"00\"");
    assertThat(INBOX.stateOf(DossierCode.parse(code))).contains(ProcessingState.PROCESSING);
  }

  @Test
  void aDossierByMandateIsReadWithItsProxy() {
    String code = "000.00.01.H22-241116-0102";
    assertThat(sim.pushVneidDossier(endpoint(), CODE_GET, code, true))
        .contains("\"statusCode\":\"00\"");
    assertThat(INBOX.dossier(DossierCode.parse(code)).orElseThrow().mandate().relationCode())
        .isEqualTo("2");
  }

  @Test
  void aPushWithTheWrongCodeGetOrAMalformedBodyIsRefusedWithAReason() {
    String code = "000.00.01.H22-241116-0103";
    assertThat(sim.pushVneidDossier(endpoint(), "guess", code, false))
        .contains("\"statusCode\":\"01\"")
        .contains("CodeGet");
    assertThat(
            sim.pushVneidBody(
                endpoint(), CODE_GET, "{\"maHoSoMCDT\":".getBytes(StandardCharsets.UTF_8)))
        .contains("\"statusCode\":\"01\"")
        .contains("errorDetail");
    assertThat(INBOX.stateOf(DossierCode.parse(code))).isEmpty();
  }
}
