package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.connector.population.Fixtures.CONTEXT;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.Auth;
import vn.connector.core.BirthDate;
import vn.connector.core.Call;
import vn.connector.core.ExchangeInterceptor;
import vn.connector.core.Gender;
import vn.connector.core.HttpRequest;
import vn.connector.core.Secret;
import vn.connector.core.ServiceException;
import vn.connector.population.model.CitizenQuery;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.population.Credentials;
import vn.connector.testkit.population.PopulationSimulator;
import vn.connector.testkit.population.PopulationSimulatorExtension;

/** The X-Road identifiers of NDXP, REST header and SOAP header block, against the simulator. */
@ExtendWith(PopulationSimulatorExtension.class)
class PopulationXroadTest {

  private static final CitizenQuery AN =
      CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE);
  private static final String C06 = "VN/GOV/000.00.00.C06/dancu";
  private static final Pattern XROAD_ID = Pattern.compile("<xroad:id[^>]*>([^<]+)</xroad:id>");

  @Test
  void refusesAnotherXroadClientHeaderWithTypedUnauthorized(PopulationSimulator simulator) {
    Credentials c = simulator.credentials();
    Auth otherPortal =
        Auth.c06SignedBasic(
            c.user(),
            Secret.of(c.secret()),
            Secret.of(c.apiKey()),
            "VN/GOV/000.00.01.H99/portal",
            null);

    try (PopulationClient client =
        simulator
            .clientBuilder(PopulationProfile.DIRECT)
            .auth(otherPortal)
            .sleeper(new RecordingSleeper())
            .build()) {
      assertThatThrownBy(() -> client.verify(CONTEXT, AN))
          .isInstanceOfSatisfying(
              ServiceException.class, e -> assertThat(e.httpStatus()).hasValue(401));
    }
  }

  @Test
  void directCallCarriesTheXroadHeaderBlockAndGetsItEchoed(PopulationSimulator simulator) {
    try (PopulationClient client =
        simulator
            .clientBuilder(PopulationProfile.DIRECT)
            .xRoadIdentifiers(identifiers(simulator.credentials().xRoadClient()))
            .build()) {
      assertThat(client.verify(CONTEXT, AN).matched()).isTrue();
    }

    ServeEvent event = onlyEvent(simulator);
    String sent = event.getRequest().getBodyAsString();
    assertThat(sent)
        .contains(
            "http://x-road.eu/xsd/xroad.xsd",
            "http://x-road.eu/xsd/identifiers",
            "objectType=\"SUBSYSTEM\"",
            "objectType=\"SERVICE\"",
            ">XacThucThongTinCongDan</id:serviceCode>",
            ">v1</id:serviceVersion>",
            ">CB-0042</xroad:userId>",
            ">4.0</xroad:protocolVersion>");
    assertThat(xroadId(sent)).isEqualTo(Fixtures.maYeuCau(event.getRequest()));
    String answer = new String(event.getResponse().getBody(), StandardCharsets.UTF_8);
    assertThat(answer).contains("xroad:client", "xroad:service", "TonTai");
    assertThat(xroadId(answer)).isEqualTo(xroadId(sent));
  }

  @Test
  void lgspSoapLookupWithXroadHeadersReturnsTheRecord(PopulationSimulator simulator) {
    try (PopulationClient client =
        simulator
            .clientBuilder(PopulationProfile.LGSP_SOAP)
            .xRoadIdentifiers(identifiers(simulator.credentials().xRoadClient()))
            .build()) {
      assertThat(client.lookup(CONTEXT, AN))
          .hasValueSatisfying(c -> assertThat(c.id().value()).isEqualTo("001090012345"));
    }
    assertThat(onlyEvent(simulator).getRequest().getBodyAsString())
        .contains(">TraCuuThongTinCongDan</id:serviceCode>");
  }

  @Test
  void anotherSoapXroadClientIsAServiceFault(PopulationSimulator simulator) {
    try (PopulationClient client =
        simulator
            .clientBuilder(PopulationProfile.DIRECT)
            .xRoadIdentifiers(identifiers("VN/GOV/000.00.01.H99/portal"))
            .sleeper(new RecordingSleeper())
            .build()) {
      assertThatThrownBy(() -> client.verify(CONTEXT, AN))
          .isInstanceOfSatisfying(
              ServiceException.class,
              e ->
                  assertThat(e.nationalMessage())
                      .hasValueSatisfying(m -> assertThat(m).contains("xroad:client")));
    }
  }

  @Test
  void wrongProtocolVersionIsASoapFaultAndAServiceException(PopulationSimulator simulator) {
    ExchangeInterceptor oldProtocol =
        new ExchangeInterceptor() {
          @Override
          public HttpRequest beforeSend(Call call, HttpRequest request) {
            String header = block(simulator.credentials().xRoadClient(), call.requestId(), "3.1");
            return request.withBody(
                new String(request.body(), StandardCharsets.UTF_8)
                    .replaceFirst("<(\\w+:)?Body>", "<$1Header>" + header + "</$1Header><$1Body>")
                    .getBytes(StandardCharsets.UTF_8));
          }
        };

    try (PopulationClient c =
        simulator
            .clientBuilder(PopulationProfile.DIRECT)
            .interceptor(oldProtocol)
            .sleeper(new RecordingSleeper())
            .build()) {
      assertThatThrownBy(() -> c.verify(CONTEXT, AN))
          .isInstanceOfSatisfying(
              ServiceException.class,
              e -> {
                assertThat(e.nationalCode())
                    .hasValueSatisfying(code -> assertThat(code).contains("Client"));
                assertThat(e.nationalMessage())
                    .hasValueSatisfying(m -> assertThat(m).contains("protocolVersion"));
              });
    }
    assertThat(onlyEvent(simulator).getRequest().getBodyAsString())
        .contains(">3.1</xroad:protocolVersion>");
  }

  private static XRoadIdentifiers identifiers(String client) {
    return XRoadIdentifiers.parse(client, C06, "v1");
  }

  /** A header block as another X-Road client would write it, but with {@code version}. */
  private static String block(String client, String id, String version) {
    String[] p = client.split("/");
    String ids = "xmlns:id=\"http://x-road.eu/xsd/identifiers\"";
    return "<xroad:client xmlns:xroad=\"http://x-road.eu/xsd/xroad.xsd\" "
        + ids
        + " id:objectType=\"SUBSYSTEM\">"
        + "<id:xRoadInstance>"
        + p[0]
        + "</id:xRoadInstance><id:memberClass>"
        + p[1]
        + "</id:memberClass>"
        + "<id:memberCode>"
        + p[2]
        + "</id:memberCode><id:subsystemCode>"
        + p[3]
        + "</id:subsystemCode></xroad:client>"
        + "<xroad:service xmlns:xroad=\"http://x-road.eu/xsd/xroad.xsd\" "
        + ids
        + " id:objectType=\"SERVICE\">"
        + "<id:xRoadInstance>VN</id:xRoadInstance><id:memberClass>GOV</id:memberClass>"
        + "<id:memberCode>000.00.00.C06</id:memberCode><id:subsystemCode>dancu</id:subsystemCode>"
        + "<id:serviceCode>XacThucThongTinCongDan</id:serviceCode></xroad:service>"
        + "<xroad:id xmlns:xroad=\"http://x-road.eu/xsd/xroad.xsd\">"
        + id
        + "</xroad:id>"
        + "<xroad:protocolVersion xmlns:xroad=\"http://x-road.eu/xsd/xroad.xsd\">"
        + version
        + "</xroad:protocolVersion>";
  }

  private static ServeEvent onlyEvent(PopulationSimulator simulator) {
    List<ServeEvent> events =
        simulator.wireMock().getAllServeEvents().stream()
            .filter(e -> !e.getRequest().getUrl().endsWith("/token"))
            .toList();
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static String xroadId(String xml) {
    Matcher m = XROAD_ID.matcher(xml);
    assertThat(m.find()).as("xroad:id in %s", xml).isTrue();
    return m.group(1);
  }
}
