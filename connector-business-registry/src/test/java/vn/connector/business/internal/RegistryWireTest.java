package vn.connector.business.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.connector.business.GatewayProfile;
import vn.connector.business.model.BusinessLine;
import vn.connector.business.model.Enterprise;
import vn.connector.business.model.EnterpriseStatus;
import vn.connector.business.model.SearchPage;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.internal.Json;
import vn.connector.core.internal.MalformedAnswerException;

class RegistryWireTest {

  private static final URI BASE = URI.create("https://ngsp.example.gov.vn/");
  private final RegistryWire ngsp = new RegistryWire(GatewayProfile.NGSP, BASE, Json.mapper());
  private final RegistryWire provincial =
      new RegistryWire(GatewayProfile.PROVINCIAL_LGSP, BASE, Json.mapper());

  private static String ngspAnswer(String main, String extra) {
    return "{\"Data\":{\"MainInformation\":{\"NAME\":\"Công ty A\",\"ENTERPRISE_GDT_CODE\":\"0100109106\","
        + "\"ENTERPRISE_STATUS_ID\":\"1\",\"ENTERPRISE_STATUS_NAME\":\"Đang hoạt động\""
        + main
        + "}"
        + extra
        + "}}";
  }

  private Enterprise readNgsp(String json) {
    return ngsp.readDetails(json.getBytes(StandardCharsets.UTF_8)).orElseThrow();
  }

  @Test
  void acceptsDatesWithAndWithoutTimeOfDay() {
    Enterprise e =
        readNgsp(
            ngspAnswer(
                ",\"FOUNDING_DATE\":\"2004-05-12\",\"LAST_AMEND_DATE\":\"2023-08-01T00:00:00\"",
                ""));

    assertThat(e.foundingDate()).isEqualTo(LocalDate.of(2004, 5, 12));
    assertThat(e.lastAmendmentDate()).isEqualTo(LocalDate.of(2023, 8, 1));
  }

  @Test
  void refusesDatesThatAreNoDaysOfTheCalendarAndAcceptsTheIsoForms() {
    for (String bad :
        new String[] {"2023-02-30", "2023-13-01", "2023-01-01T25:00:00", "2023-1-01"}) {
      assertThatThrownBy(() -> readNgsp(ngspAnswer(",\"FOUNDING_DATE\":\"" + bad + "\"", "")))
          .as(bad)
          .isInstanceOf(MalformedAnswerException.class)
          .hasMessageContaining("FOUNDING_DATE");
    }
    Enterprise e = readNgsp(ngspAnswer(",\"FOUNDING_DATE\":\"2004-05-12T08:30:15.250\"", ""));
    assertThat(e.foundingDate()).isEqualTo(LocalDate.of(2004, 5, 12));
  }

  @Test
  void readsStatusIdsWithLeadingZeros() {
    String json =
        ngspAnswer("", "")
            .replace("\"ENTERPRISE_STATUS_ID\":\"1\"", "\"ENTERPRISE_STATUS_ID\":\"002\"");
    assertThat(readNgsp(json).status().kind()).isEqualTo(EnterpriseStatus.Kind.SUSPENDED);
    String zero =
        ngspAnswer("", "")
            .replace("\"ENTERPRISE_STATUS_ID\":\"1\"", "\"ENTERPRISE_STATUS_ID\":\"00\"");
    assertThat(readNgsp(zero).status().kind()).isEqualTo(EnterpriseStatus.Kind.UNKNOWN);
    assertThat(readNgsp(zero).status().id()).isEqualTo("00");
  }

  @Test
  void readsNumberOfChangesAsNumberOrString() {
    assertThat(readNgsp(ngspAnswer(",\"NUMBER_CHANGES\":3", "")).numberOfChanges()).isEqualTo(3);
    assertThat(readNgsp(ngspAnswer(",\"NUMBER_CHANGES\":\"7\"", "")).numberOfChanges())
        .isEqualTo(7);
    assertThat(readNgsp(ngspAnswer("", "")).numberOfChanges()).isZero();
  }

  @Test
  void readsMainFlagAsBooleanOrOneOrZero() {
    Enterprise e =
        readNgsp(
            ngspAnswer(
                "",
                ",\"BusinessActivities\":["
                    + "{\"CODE\":\"6201\",\"NAME\":\"a\",\"IS_MAIN\":true},{\"CODE\":\"6202\",\"IS_MAIN\":1},"
                    + "{\"CODE\":\"6209\",\"IS_MAIN\":\"0\"},{\"CODE\":\"63110\",\"IS_MAIN\":false}]"));

    assertThat(e.businessLines())
        .extracting(BusinessLine::main)
        .containsExactly(true, true, false, false);
  }

  @Test
  void parsesUnknownStatusIdAsUnknownKeepingIdAndName() {
    String json =
        ngspAnswer("", "")
            .replace("\"ENTERPRISE_STATUS_ID\":\"1\"", "\"ENTERPRISE_STATUS_ID\":9")
            .replace("Đang hoạt động", "Trạng thái mới");
    EnterpriseStatus status = readNgsp(json).status();

    assertThat(status)
        .isEqualTo(new EnterpriseStatus(EnterpriseStatus.Kind.UNKNOWN, "9", "Trạng thái mới"));
  }

  @Test
  void normalisesDecomposedTextToNfc() {
    String nfd = Normalizer.normalize("Nguyễn Văn An", Normalizer.Form.NFD);
    Enterprise e =
        readNgsp(ngspAnswer("", ",\"Representatives\":[{\"FULL_NAME\":\"" + nfd + "\"}]"));

    assertThat(e.representatives().get(0).name().value()).isEqualTo("Nguyễn Văn An");
  }

  @Test
  void treatsNullDataAndNullGetEntCertAsNotFound() {
    assertThat(ngsp.readDetails("{\"Data\":null}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(provincial.readDetails("{\"GetEntCert\":null}".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(provincial.readDetails("{\"GetEntCert\":[]}".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void rejectsAnswersWithoutTheContractedShape() {
    assertThatThrownBy(() -> ngsp.readDetails("{\"data\":{}}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedAnswerException.class)
        .hasMessageContaining("Data");
    assertThatThrownBy(() -> ngsp.readDetails("<html>502</html>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedAnswerException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> ngsp.readDetails(new byte[0]))
        .isInstanceOf(MalformedAnswerException.class);
    assertThatThrownBy(
            () -> provincial.readDetails("{\"Data\":null}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedAnswerException.class)
        .hasMessageContaining("GetEntCert");
  }

  @Test
  void keepsTheNameOfARepresentativeWrittenWithATitle() {
    Enterprise e =
        readNgsp(
            ngspAnswer(
                "",
                ",\"Representatives\":[{\"FULL_NAME\":\"Nguyễn Văn A (Giám đốc)\"},"
                    + "{\"FULL_NAME\":\"Trần Thị B, Chủ tịch HĐQT\"},{\"FULL_NAME\":\"(trống)\"}]"));

    assertThat(e.representatives())
        .extracting(r -> r.name().value())
        .containsExactly("Nguyễn Văn A", "Trần Thị B");
  }

  @Test
  void tellsTheRegistrysNotFoundFromAGatewaysErrorPage() {
    assertThat(
            RegistryErrors.meansNotFound(
                new vn.connector.core.HttpResponse(404, java.util.Map.of(), new byte[0])))
        .isTrue();
    assertThat(
            RegistryErrors.meansNotFound(
                new vn.connector.core.HttpResponse(
                    404, java.util.Map.of(), "{\"Data\":null}".getBytes(StandardCharsets.UTF_8))))
        .isTrue();
    assertThat(
            RegistryErrors.meansNotFound(
                new vn.connector.core.HttpResponse(
                    404,
                    java.util.Map.of(),
                    "<html><body>404 Not Found nginx</body></html>"
                        .getBytes(StandardCharsets.UTF_8))))
        .isFalse();
  }

  @Test
  void rejectsValuesThatBreakTheModel() {
    assertThatThrownBy(() -> readNgsp(ngspAnswer(",\"FOUNDING_DATE\":\"12/05/2004\"", "")))
        .isInstanceOf(MalformedAnswerException.class)
        .hasMessageContaining("FOUNDING_DATE");
    assertThatThrownBy(
            () -> readNgsp(ngspAnswer("", ",\"BusinessActivities\":[{\"CODE\":\"62\"}]")))
        .isInstanceOf(MalformedAnswerException.class)
        .hasMessageContaining("vsicCode");
    assertThatThrownBy(
            () -> readNgsp(ngspAnswer("", ",\"BusinessActivities\":[{\"CODE\":\"62a01\"}]")))
        .isInstanceOf(MalformedAnswerException.class)
        .hasMessageContaining("vsicCode");
    assertThatThrownBy(() -> readNgsp(ngspAnswer("", "").replace("0100109106", "0100109107")))
        .isInstanceOf(MalformedAnswerException.class);
  }

  @Test
  void readsTheProvincialShape() {
    String json =
        "{\"GetEntCert\":[{\"MaSoDoanhNghiep\":\"0100109106-001\",\"TenTiengViet\":\"Chi nhánh A\","
            + "\"TenNuocNgoai\":\"A Branch\",\"LoaiHinhDN\":\"Chi nhánh\",\"NgayDangKyLanDau\":\"2010-03-15T00:00:00\","
            + "\"SoLanDangKyThayDoi\":\"2\",\"TinhTrangPhapLy\":[{\"MaTinhTrangPhapLy\":\"2\",\"TinhTrangPhapLy\":\"Tạm ngừng\"}],"
            + "\"DaiDienPhapLuat\":[{\"ThongTinCaNhan\":[{\"HoVaTen\":\"Trần Thị Bình\"}]}],"
            + "\"DiaChiTruSo\":[{\"DiaChi\":[\"Số 1 Lê Lợi\",\"Phường Điện Biên\",\"Tỉnh Thanh Hóa\"]}],"
            + "\"NganhNgheKinhDoanh\":[{\"MaNganh\":\"6201\",\"TenNganh\":\"Lập trình\",\"LaNganhChinh\":1}]}]}";
    Enterprise e = provincial.readDetails(json.getBytes(StandardCharsets.UTF_8)).orElseThrow();

    assertThat(e.code()).isEqualTo(EnterpriseCode.parse("0100109106-001"));
    assertThat(e.status().kind()).isEqualTo(EnterpriseStatus.Kind.SUSPENDED);
    assertThat(e.numberOfChanges()).isEqualTo(2);
    assertThat(e.headOfficeAddress()).isEqualTo("Số 1 Lê Lợi, Phường Điện Biên, Tỉnh Thanh Hóa");
    assertThat(e.firstRepresentative()).map(r -> r.name().value()).contains("Trần Thị Bình");
    assertThat(e.mainBusinessLine()).map(BusinessLine::vsicCode).contains("6201");
  }

  @Test
  void buildsTheRequestOfEachProfile() {
    EnterpriseCode code = EnterpriseCode.parse("0100109106-001");
    RegistryWire adapter =
        new RegistryWire(
            GatewayProfile.LGSP_ADAPTER,
            URI.create("https://lgsp.thanhhoa.gov.vn/adapter?app=dvc"),
            Json.mapper());

    assertThat(ngsp.detailsUri(code))
        .hasToString(
            "https://ngsp.example.gov.vn/apiCSDLDKDN/1.0/chiTietDoanhNghiep?msdn=0100109106001");
    assertThat(adapter.detailsUri(code))
        .hasToString(
            "https://lgsp.thanhhoa.gov.vn/adapter?app=dvc&category=chiTietDoanhNghiep&version=1.1&msdn=0100109106001");
    assertThat(provincial.detailsUri(code))
        .hasToString(
            "https://ngsp.example.gov.vn/apiDKKD/DoanhNghiep/chiTietDoanhNghiep?msdn=0100109106001");
    assertThat(ngsp.searchUri("Phần mềm & co", 2, 50))
        .hasToString(
            "https://ngsp.example.gov.vn/apiCSDLDKDN/1.0/timKiemDoanhNghiep?ten=Ph%E1%BA%A7n%20m%E1%BB%81m%20%26%20co&trang=2&soBanGhi=50");
    assertThatThrownBy(() -> provincial.searchUri("a", 1, 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readsSearchPageWithTotal() {
    String json =
        "{\"Data\":{\"TongSo\":\"41\",\"DanhSach\":[{\"NAME\":\"Công ty A\",\"ENTERPRISE_GDT_CODE\":\"0100109106\","
            + "\"ENTERPRISE_STATUS_ID\":\"1\"}]}}";
    SearchPage page = ngsp.readSearch(json.getBytes(StandardCharsets.UTF_8), "A", 2, 20);

    assertThat(page.total()).isEqualTo(41);
    assertThat(page.totalPages()).isEqualTo(3);
    assertThat(page.hasNext()).isTrue();
    assertThat(page.items())
        .singleElement()
        .satisfies(h -> assertThat(h.status().isActive()).isTrue());
    assertThat(
            ngsp.readSearch("{\"Data\":null}".getBytes(StandardCharsets.UTF_8), "A", 1, 20).items())
        .isEmpty();
  }
}
