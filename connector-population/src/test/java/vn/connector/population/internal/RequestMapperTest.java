package vn.connector.population.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;
import vn.connector.population.model.CitizenQuery;

class RequestMapperTest {

  private static final CallContext CONTEXT = CallContext.of("001090012345", "000.00.01.H56",
      DossierCode.parse("000.00.01.H56-240115-0001"), Purpose.IDENTITY_VERIFICATION);
  private static final RequestFields DIRECT = new RequestFields("VPCP", "037", null, null, true);
  private static final RequestFields LGSP = new RequestFields("VPCP", "037", null, null, false);

  @Test
  void sendsNineDigitCmndAsSoCmndNeverAsSoDinhDanh() {
    String xml = envelope(CitizenQuery.of("012345678", "Đỗ Văn Minh", BirthDate.of(1975, 2, 14)), LGSP);

    assertThat(xml).contains("SoCMND>012345678</").doesNotContain("SoDinhDanh");
  }

  @Test
  void sendsTwelveDigitIdAsSoDinhDanh() {
    String xml = envelope(CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15)), LGSP);

    assertThat(xml).contains("SoDinhDanh>001090012345</").doesNotContain("SoCMND")
        .contains("NgayThangNam>19900115</");
  }

  @Test
  void sendsYearOnlyBirthDateAsNam() {
    String xml = envelope(CitizenQuery.of("034160002233", "Bùi Thị Lan", BirthDate.ofYear(1960)), LGSP);

    assertThat(xml).contains("Nam>1960</").doesNotContain("NgayThangNam>");
  }

  @Test
  void normalisesNameToNfcWithSingleSpaces() {
    String nfd = Normalizer.normalize("  Tạ   Thị Xuân ", Normalizer.Form.NFD);

    String xml = envelope(CitizenQuery.of("025191006802", nfd, BirthDate.of(1991, 9, 19)), LGSP);

    assertThat(xml).contains("HoVaTen>Tạ Thị Xuân</");
    assertThat(Normalizer.isNormalized(xml, Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void directProfileAddsUnitAccountAndPhone() {
    String xml = envelope(CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15)), DIRECT);

    assertThat(xml).contains("MaDonVi>000.00.01.H56</", "TaiKhoan>001090012345</", "SoDienThoai>0</",
        "MaDVC>VPCP</", "MaTichHop>037</", "MaYeuCau>req-1</", "http://dancuquocgia.bca",
        ":TraCuuThongTinCongDan");
  }

  @Test
  void lgspProfilesLeaveOutDirectOnlyFields() {
    String xml = envelope(CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15)), LGSP);

    assertThat(xml).doesNotContain("MaDonVi", "TaiKhoan", "SoDienThoai");
  }

  @Test
  void jsonRequestCarriesTheFlatFields() {
    CitizenQuery q = CitizenQuery.of("034160002233", "Bùi Thị Lan", BirthDate.ofYear(1960));
    String json = new String(JsonCodec.request(RequestMapper.toWire("req-1", q, CONTEXT, LGSP)), StandardCharsets.UTF_8);

    assertThat(json).contains("\"HoVaTen\":\"Bùi Thị Lan\"", "\"SoDinhDanh\":\"034160002233\"", "\"Nam\":\"1960\"",
        "\"MaTichHop\":\"037\"", "\"MaDVC\":\"VPCP\"", "\"MaCanBo\":\"001090012345\"", "\"MaYeuCau\":\"req-1\"")
        .doesNotContain("SoCMND", "NgayThangNam\"");
  }

  private static String envelope(CitizenQuery q, RequestFields fields) {
    byte[] bytes = SoapCodec.envelope(Operation.LOOKUP, RequestMapper.toWire("req-1", q, CONTEXT, fields));
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
