package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.connector.population.Fixtures.CONTEXT;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.Auth;
import vn.connector.core.BirthDate;
import vn.connector.core.Gender;
import vn.connector.core.LgspCredentials;
import vn.connector.core.Secret;
import vn.connector.core.ServiceException;
import vn.connector.population.model.CitizenQuery;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.population.PopulationSimulator;
import vn.connector.testkit.population.PopulationSimulatorExtension;

@ExtendWith(PopulationSimulatorExtension.class)
class PopulationLgspTest {

  private static final CitizenQuery AN =
      CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE);

  @Test
  void lgspJsonProfileVerifiesLooksUpAndListsHousehold(PopulationSimulator simulator) {
    try (PopulationClient client = client(simulator, PopulationProfile.LGSP_JSON)) {
      assertThat(client.verify(CONTEXT, AN).matched()).isTrue();
      assertThat(client.lookup(CONTEXT, AN))
          .get()
          .extracting(c -> c.name().full())
          .isEqualTo("Nguyễn Văn An");
      assertThat(client.household(CONTEXT, AN).members()).hasSize(4);
    }
    LoggedRequest first = Fixtures.requests(simulator).get(0);
    assertThat(first.getUrl()).isEqualTo("/lgsp/dancu-json/XacThucThongTinCongDan");
    assertThat(first.getBodyAsString()).startsWith("{").contains("\"SoDinhDanh\":\"001090012345\"");
    assertThat(first.getHeader("lgspaccesstoken")).isNotBlank();
    assertThat(first.getHeader("Authorization")).startsWith("Bearer ");
  }

  @Test
  void lgspSoapProfilePostsEachOperationToItsOwnUrl(PopulationSimulator simulator) {
    try (PopulationClient client = client(simulator, PopulationProfile.LGSP_SOAP)) {
      assertThat(client.verify(CONTEXT, AN).matched()).isTrue();
      assertThat(client.lookup(CONTEXT, AN)).isPresent();
    }
    assertThat(Fixtures.requests(simulator))
        .extracting(LoggedRequest::getUrl)
        .containsExactly("/lgsp/dancu/XacThucThongTinCongDan", "/lgsp/dancu/TraCuuThongTinCongDan");
    assertThat(Fixtures.requests(simulator).get(0).getHeader("Content-Type"))
        .startsWith("application/xml");
    assertThat(Fixtures.requests(simulator).get(0).getBodyAsString()).doesNotContain("MaDonVi");
  }

  @Test
  void perOperationUrlOverridesTheBase(PopulationSimulator simulator) {
    URI lookup = URI.create(simulator.lgspSoapBase() + "/TraCuuThongTinCongDan");
    try (PopulationClient client =
        simulator
            .clientBuilder(PopulationProfile.LGSP_SOAP)
            .endpoint(URI.create("http://127.0.0.1:1/unused"))
            .lookupEndpoint(lookup)
            .sleeper(new RecordingSleeper())
            .build()) {
      assertThat(client.lookup(CONTEXT, AN)).isPresent();
    }
  }

  @Test
  void directProfileSendsContractHeaders(PopulationClient client, PopulationSimulator simulator) {
    client.verify(CONTEXT, AN);

    LoggedRequest r = Fixtures.requests(simulator).get(0);
    assertThat(r.getHeader("Content-Type")).isEqualTo("application/xml; charset=utf-8");
    assertThat(r.getHeader("SOAPAction")).isEqualTo("\"\"");
    assertThat(r.getHeader("X-Road-Client")).isEqualTo(simulator.credentials().xRoadClient());
    assertThat(r.getBodyAsString())
        .contains("MaDonVi>000.00.01.H56<", "TaiKhoan>", "SoDienThoai>0<");
  }

  @Test
  void refusesWrongLgspPartnerSecret(PopulationSimulator simulator) {
    var c = simulator.credentials();
    LgspCredentials wrong =
        new LgspCredentials(
            c.lgspAccessKey(),
            Secret.of("wrong"),
            c.lgspAppName(),
            c.lgspPartnerCode(),
            c.lgspPartnerCodeCus());
    try (PopulationClient client =
        simulator
            .clientBuilder(PopulationProfile.LGSP_JSON)
            .auth(Auth.lgspAccessToken(simulator.tokenUrl(), wrong))
            .sleeper(new RecordingSleeper())
            .build()) {
      assertThatThrownBy(() -> client.verify(CONTEXT, AN))
          .isInstanceOfSatisfying(
              ServiceException.class, e -> assertThat(e.httpStatus()).hasValue(401));
    }
  }

  @Test
  void refusesUnknownBearerToken(PopulationSimulator simulator) {
    try (PopulationClient client =
        simulator
            .clientBuilder(PopulationProfile.LGSP_SOAP)
            .auth(Auth.staticBearer(Secret.of("forged")))
            .sleeper(new RecordingSleeper())
            .build()) {
      assertThatThrownBy(() -> client.lookup(CONTEXT, AN)).isInstanceOf(ServiceException.class);
    }
  }

  private static PopulationClient client(PopulationSimulator simulator, PopulationProfile profile) {
    return simulator.clientBuilder(profile).sleeper(new RecordingSleeper()).build();
  }
}
