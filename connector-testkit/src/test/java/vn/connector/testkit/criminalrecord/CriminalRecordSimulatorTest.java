package vn.connector.testkit.criminalrecord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator refuses what the ministry refuses, also what the SDK never sends: raw bodies, as a
 * portal written in another language would send them.
 */
class CriminalRecordSimulatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static CriminalRecordSimulator sim;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    sim = CriminalRecordSimulator.start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void fresh() {
    sim.reset();
  }

  private static ObjectNode valid() {
    ObjectNode root = JSON.createObjectNode();
    root.put("authKey", CriminalRecordSimulator.AUTH_KEY)
        .put("maTinh", "24")
        .put("tenTinh", "Bắc Giang");
    root.put("maHoSoMCDT", "000.00.01.H22-241115-0009")
        .put("nguonDangKy", "1")
        .put("ngayTiepNhan", "15/11/2024");
    ObjectNode form = root.putObject("toKhai");
    form.put("loaiPhieu", "1")
        .put("maMucDich", "01")
        .put("soLuongCap", "1")
        .put("yeuCauCDNCV", "0");
    form.put("ngayHenTra", "25/11/2024").put("nycHoTen", "Nguyễn Văn An").put("nycGioiTinh", "1");
    form.put("nycNgaySinh", "15/01/1990")
        .put("nycLoaiGiayTo", "1")
        .put("nycSoGiayTo", "024090012345");
    form.put("nycNgayCapGiayTo", "02/04/2021").put("nycQuocTich", "VN").put("nycDanToc", "01");
    form.put("uyQuyen", "0");
    form.putObject("nycThuongTru").put("maTinhThanh", "24").put("dcChiTiet", "Số 5");
    return root;
  }

  private String post(String path, JsonNode body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
            .header("Content-Type", "application/json")
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
  }

  private String submit(ObjectNode body) throws Exception {
    return post(LltpTransformer.SUBMIT, body);
  }

  @Test
  void acceptsAValidBodyOnceThenAnswersARepeatAsReceived() throws Exception {
    assertThat(submit(valid())).isEqualTo("Gửi thông tin thành công");
    assertThat(submit(valid())).contains("đã được tiếp nhận, không thể cập nhật thông tin");
  }

  @Test
  void refusesWhatTheContractSaysTheMinistryRefuses() throws Exception {
    ObjectNode number = valid();
    ((ObjectNode) number.get("toKhai")).put("soLuongCap", 1);
    assertThat(submit(number)).contains("E_KIEU");
    ObjectNode three = valid();
    ((ObjectNode) three.get("toKhai")).put("loaiPhieu", "3");
    assertThat(submit(three)).contains("E_LOAIPHIEU");
    ObjectNode mandated = valid();
    ((ObjectNode) mandated.get("toKhai")).put("loaiPhieu", "2").put("uyQuyen", "1");
    assertThat(submit(mandated)).contains("E_UYQUYEN");
    ObjectNode local = valid();
    ((ObjectNode) local.get("toKhai")).put("nycQuocTich", "3106");
    assertThat(submit(local)).contains("E_DANHMUC");
    ObjectNode iso = valid();
    ((ObjectNode) iso.get("toKhai")).put("nycNgaySinh", "1990-01-15");
    assertThat(submit(iso)).contains("E_NGAY");
    ObjectNode missing = valid();
    ((ObjectNode) missing.get("toKhai")).put("nycSoGiayTo", "");
    assertThat(submit(missing)).contains("E_THIEU");
    ObjectNode noKey = valid();
    noKey.remove("authKey");
    assertThat(submit(noKey)).contains("E_AUTH");
    assertThat(sim.state("000.00.01.H22-241115-0009")).isZero();
  }

  @Test
  void answersReportsWithTheTransientCodeWhenToldAndAppliesEachStateOnce() throws Exception {
    sim.registerVneidDossier("000.00.01.H22-241116-0042");
    ObjectNode report = JSON.createObjectNode();
    report.put("authKey", CriminalRecordSimulator.AUTH_KEY).put("maTinh", "24");
    report
        .put("maHoSoMCDT", "000.00.01.H22-241116-0042")
        .put("trangThaiXuLy", "4")
        .put("type", "ketqua");
    sim.interruptNextReports(1);
    assertThat(post(LltpTransformer.REPORT, report))
        .contains("\"statusCode\":\"03\"")
        .contains("gián đoạn");
    assertThat(post(LltpTransformer.REPORT, report)).contains("\"statusCode\":\"00\"");
    assertThat(post(LltpTransformer.REPORT, report))
        .contains("không thể cập nhật lên trạng thái 4");
    report.put("trangThaiXuLy", "9");
    assertThat(post(LltpTransformer.REPORT, report)).contains("phieuLLTP");
    assertThat(sim.reportsApplied("000.00.01.H22-241116-0042")).containsExactly("ketqua:4");
  }

  @Test
  void advancesADossierThroughItsLifecycle() throws Exception {
    submit(valid());
    String code = "000.00.01.H22-241115-0009";
    assertThat(sim.state(code)).isEqualTo(2);
    assertThat(sim.advance(code)).isEqualTo(4);
    assertThat(sim.advance(code)).isEqualTo(9);
    assertThat(sim.advance(code)).isEqualTo(10);
    assertThat(sim.advance(code)).isEqualTo(10);
  }
}
