package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.connector.core.Auth;
import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;
import vn.connector.core.ResponseException;
import vn.connector.core.RetryPolicy;
import vn.connector.population.model.CitizenQuery;

/**
 * Answers the simulator never gives, served as canned bytes on loopback, through the whole decoding
 * path (JAXB on the generated types, inside the audited handler).
 */
class CannedAnswerTest {

  private static final CallContext CONTEXT =
      CallContext.of(
          "CB-0042",
          "000.00.01.H56",
          DossierCode.parse("000.00.01.H56-240115-0001"),
          Purpose.IDENTITY_VERIFICATION);
  private static final CitizenQuery AN =
      CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15));
  private static final String ENV =
      "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>%s</s:Body></s:Envelope>";

  private final AtomicReference<String> answer = new AtomicReference<>();
  private final java.util.List<vn.connector.core.AuditEvent> audit =
      new java.util.concurrent.CopyOnWriteArrayList<>();
  private HttpServer server;
  private PopulationClient client;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    client =
        PopulationClient.builder()
            .profile(PopulationProfile.LGSP_SOAP)
            .endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dancu"))
            .auth(Auth.none())
            .serviceCode("VPCP")
            .integrationCode("037")
            .retryPolicy(RetryPolicy.none())
            .auditListener(audit::add)
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop(0);
  }

  @Test
  void ignoresUnknownElementsAndToleratesMissingOnes() {
    answer.set(
        String.format(
            ENV,
            "<CongdanCollection><Paging>1</Paging><CongDan><SoCMND>012345678</SoCMND>"
                + "<GioiTinh>2</GioiTinh><Moi><Sau>x</Sau></Moi></CongDan></CongdanCollection>"));

    assertThat(client.lookup(CONTEXT, AN))
        .get()
        .satisfies(
            c -> {
              assertThat(c.oldId().value()).isEqualTo("012345678");
              assertThat(c.name()).isNull();
            });
  }

  @Test
  void readsVerificationWithoutTheOptionalParts() {
    answer.set(
        String.format(ENV, "<KetQuaXacThuc xmlns=\"urn:x\"><TonTai>1</TonTai></KetQuaXacThuc>"));

    assertThat(client.verify(CONTEXT, AN).nameAndBirthDate())
        .isEqualTo(vn.connector.population.model.Verification.Check.MATCH);
  }

  @Test
  void refusesAnAnswerOfTheWrongShape() {
    answer.set(String.format(ENV, "<CongdanCollection/>"));

    assertThatThrownBy(() -> client.verify(CONTEXT, AN)).isInstanceOf(ResponseException.class);
  }

  @Test
  void refusesVerificationWithoutTonTai() {
    answer.set(String.format(ENV, "<KetQuaXacThuc><GioiTinh>1</GioiTinh></KetQuaXacThuc>"));

    assertThatThrownBy(() -> client.verify(CONTEXT, AN)).isInstanceOf(ResponseException.class);
  }

  @Test
  void auditNeverRecordsSuccessForACallWhoseCallerGotAnException() {
    answer.set(String.format(ENV, "<KetQuaXacThuc><GioiTinh>1</GioiTinh></KetQuaXacThuc>"));

    assertThatThrownBy(() -> client.verify(CONTEXT, AN))
        .isInstanceOf(ResponseException.class)
        .hasMessageContaining("KetQuaXacThuc has no TonTai");
    assertThat(audit)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.outcome())
                    .isEqualTo(vn.connector.core.AuditEvent.Outcome.RESPONSE_INVALID));
  }

  @Test
  void refusesAnAnswerElementMarkedNilForEveryOperation() {
    String nil = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"";
    answer.set(String.format(ENV, "<KetQuaXacThuc" + nil + "><TonTai>1</TonTai></KetQuaXacThuc>"));
    assertThatThrownBy(() -> client.verify(CONTEXT, AN))
        .isInstanceOf(ResponseException.class)
        .hasMessageContaining("the answer element is nil");

    answer.set(String.format(ENV, "<CongdanCollection" + nil + "/>"));
    assertThatThrownBy(() -> client.lookup(CONTEXT, AN))
        .isInstanceOf(ResponseException.class)
        .hasMessageContaining("the answer element is nil");
    assertThatThrownBy(() -> client.household(CONTEXT, AN))
        .isInstanceOf(ResponseException.class)
        .hasMessageContaining("the answer element is nil");
  }
}
