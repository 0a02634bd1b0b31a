package vn.connector.testkit.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.connector.testkit.TestClock;

/** The simulator spoken to in raw JSON, to pin its contract independently of the SDK. */
class NationalPortalSimulatorTest {

  private static final String CODE = "000.00.01.H22-241115-0001";
  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private static final TestClock CLOCK = TestClock.at(Instant.parse("2024-11-15T01:00:00Z"));
  private static final NationalPortalSimulator PORTAL = NationalPortalSimulator.start(CLOCK);
  private final NationalPortalSimulator portal = PORTAL;
  private final TestClock clock = CLOCK;

  @AfterAll
  static void stop() {
    PORTAL.close();
  }

  @BeforeEach
  void reset() {
    PORTAL.reset();
  }

  ObjectNode hoSo(String status) {
    ObjectNode n = mapper.createObjectNode();
    n.put("MaHoSo", CODE).put("MaTTHC", "1.001193").put("TenTTHC", "Đăng ký khai sinh");
    n.put("MaLinhVuc", "G09-TP01").put("TenLinhVuc", "Hộ tịch").put("KenhThucHien", "1");
    n.put("ChuHoSo", "Nguyễn Văn An").put("LoaiDoiTuong", "1").put("TrichYeuHoSo", "Khai sinh");
    n.put("TrangThaiHoSo", status).put("DonViXuLy", "UBND xã").put("NoiNopHoSo", "Một cửa");
    n.put("NgayTiepNhan", "20241115083000").put("NgayHenTra", "20241118083000");
    return n;
  }

  JsonNode post(URI uri, JsonNode body) throws Exception {
    return mapper.readTree(postText(uri, body));
  }

  String postText(URI uri, JsonNode body) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return r.body();
  }

  String login() throws Exception {
    JsonNode answer =
        post(
            URI.create(portal.adapterUrl() + portal.authPath()),
            mapper
                .createObjectNode()
                .put("username", NationalPortalSimulator.USERNAME)
                .put("password", NationalPortalSimulator.PASSWORD));
    assertThat(answer.get("error_code").isNumber()).isTrue();
    assertThat(answer.get("error_code").asInt()).isZero();
    return answer.get("session").asText();
  }

  JsonNode integrate(String session, String service, ObjectNode extra) throws Exception {
    ObjectNode body =
        mapper
            .createObjectNode()
            .put("session", session)
            .put("madonvi", NationalPortalSimulator.UNIT)
            .put("service", service);
    body.setAll(extra);
    return post(URI.create(portal.adapterUrl() + portal.integrationPath()), body);
  }

  JsonNode sync(String session, boolean update, ObjectNode hoSo) throws Exception {
    ObjectNode extra = mapper.createObjectNode().put("isUpdating", update ? "True" : "False");
    extra.putArray("data").add(hoSo);
    return integrate(session, "DongBoHoSoMC", extra);
  }

  @Test
  void createsThenRefusesTheSameDossierAsExisting() throws Exception {
    String session = login();

    JsonNode created = sync(session, false, hoSo("2"));
    JsonNode again = sync(session, false, hoSo("4"));
    JsonNode updated = sync(session, true, hoSo("4"));

    assertThat(created.get("error_code").asText()).isEqualTo("0");
    assertThat(created.get("message").asText()).contains("thành công");
    assertThat(again.get("error_code").asText()).isEqualTo("3");
    assertThat(again.get("message").asText()).contains("đã tồn tại");
    assertThat(updated.get("error_code").asText()).isEqualTo("0");
    assertThat(portal.versions(CODE))
        .extracting(ReceivedDossier::status, ReceivedDossier::update)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2", false),
            org.assertj.core.groups.Tuple.tuple("4", true));
  }

  @Test
  void refusesEachContractRuleWithItsCode() throws Exception {
    String session = login();

    assertThat(sync(session, false, hoSo("2").put("MaTTHC", "1.999999")).get("error_code").asText())
        .isEqualTo("4");
    assertThat(
            sync(session, false, hoSo("2").put("MaHoSo", "XA-241115-1")).get("error_code").asText())
        .isEqualTo("5");
    JsonNode missing = sync(session, false, (ObjectNode) hoSo("2").without("NoiNopHoSo"));
    assertThat(missing.get("error_code").asText()).isEqualTo("6");
    assertThat(missing.get("message").asText()).contains("NoiNopHoSo");
    JsonNode badTime = sync(session, false, hoSo("2").put("NgayHenTra", "18/11/2024"));
    assertThat(badTime.get("message").asText()).contains("NgayHenTra", "yyyyMMddHHmmss");
    JsonNode number = sync(session, false, hoSo("2").put("LoaiDoiTuong", 1));
    assertThat(number.get("message").asText()).contains("LoaiDoiTuong", "chuỗi");
    assertThat(portal.dossierCodes()).isEmpty();
  }

  @Test
  void acceptsTheLongFormOfAKnownProcedure() throws Exception {
    String session = login();

    JsonNode answer =
        sync(session, false, hoSo("2").put("MaTTHC", NationalPortalSimulator.BUILDING_PERMIT_LONG));

    assertThat(answer.get("error_code").asText()).isEqualTo("0");
  }

  @Test
  void answersMinusOneForAnExpiredSession() throws Exception {
    String session = login();
    clock.advance(Duration.ofMinutes(31));

    assertThat(sync(session, false, hoSo("2")).get("error_code").asText()).isEqualTo("-1");
    assertThat(sync(login(), false, hoSo("2")).get("error_code").asText()).isEqualTo("0");

    portal.expireSessions();
    assertThat(
            integrate(session, "LayDanhSachTTHC", mapper.createObjectNode())
                .get("error_code")
                .asText())
        .isEqualTo("-1");
  }

  @Test
  void refusesAWrongPassword() throws Exception {
    JsonNode answer =
        post(
            URI.create(portal.adapterUrl() + portal.authPath()),
            mapper.createObjectNode().put("username", "x").put("password", "y"));

    assertThat(answer.get("error_code").asInt()).isEqualTo(1);
    assertThat(answer.has("session")).isFalse();
  }

  @Test
  void servesTheCatalogueAndTechIds() throws Exception {
    String session = login();

    JsonNode list = integrate(session, "LayDanhSachTTHC", mapper.createObjectNode());
    JsonNode one =
        integrate(session, "LayThuTuc", mapper.createObjectNode().put("maTTHC", "1.001193"));
    JsonNode unknown =
        integrate(session, "LayThuTuc", mapper.createObjectNode().put("maTTHC", "1.999999"));
    JsonNode tech =
        integrate(
            session,
            "TraCuuTechID",
            mapper.createObjectNode().put("provider", "wso2is").put("mstorcmnd", "001090012345"));

    assertThat(list.get("result").size()).isEqualTo(4);
    assertThat(one.at("/result/0/LINHVUCTHUCHIEN/0/MALINHVUC").asText()).isEqualTo("G09-TP01");
    assertThat(unknown.get("error_code").asText()).isEqualTo("4");
    assertThat(tech.at("/result/0/TECHNICALID").asText())
        .isEqualTo(NationalPortalSimulator.TECH_ID);
  }

  @Test
  void styleBAnswersTextAndTakesProgressInChunksOfTen() throws Exception {
    var array = mapper.createArrayNode().add(hoSo("2"));
    assertThat(postText(portal.createUrl(), array)).contains("thành công");
    assertThat(postText(portal.createUrl(), array)).contains("đã tồn tại");
    assertThat(postText(portal.updateUrl(), array)).contains("thành công");

    var progress = mapper.createArrayNode();
    for (int i = 0; i < 11; i++) {
      progress
          .addObject()
          .put("MaHoSo", CODE)
          .put("NguoiXuLy", "Cán bộ")
          .put("ThoiDiemXuLy", "20241115090000")
          .put("NoiDungXuLy", "Bước " + i)
          .put("TrangThai", "4");
    }
    assertThat(postText(portal.progressUrl(), progress)).contains("tối đa 10");
    progress.remove(10);
    assertThat(postText(portal.progressUrl(), progress)).contains("thành công");
    assertThat(portal.progress(CODE)).hasSize(10);
  }

  @Test
  void answers503WhileDown() throws Exception {
    portal.down();
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(portal.createUrl())
                .POST(HttpRequest.BodyPublishers.ofString("[]"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.headers().firstValue("Retry-After")).contains("1");

    portal.up();
    assertThat(postText(portal.createUrl(), mapper.createArrayNode().add(hoSo("2"))))
        .contains("thành công");
  }
}
