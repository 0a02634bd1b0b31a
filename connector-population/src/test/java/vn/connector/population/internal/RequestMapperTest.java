package vn.connector.population.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;
import vn.connector.population.internal.ws.request.YeuCauCongDan;
import vn.connector.population.model.CitizenQuery;

class RequestMapperTest {

  private static final CallContext CONTEXT =
      CallContext.of(
          "001090012345",
          "000.00.01.H56",
          DossierCode.parse("000.00.01.H56-240115-0001"),
          Purpose.IDENTITY_VERIFICATION);
  private static final RequestFields DIRECT = new RequestFields("VPCP", "037", null, null, true);
  private static final RequestFields LGSP = new RequestFields("VPCP", "037", null, null, false);

  @Test
  void sendsNineDigitCmndAsSoCmndNeverAsSoDinhDanh() {
    YeuCauCongDan wire =
        wire(CitizenQuery.of("012345678", "Đỗ Văn Minh", BirthDate.of(1975, 2, 14)), LGSP);

    assertThat(wire.getSoCMND()).isEqualTo("012345678");
    assertThat(wire.getSoDinhDanh()).isNull();
  }

  @Test
  void sendsTwelveDigitIdAsSoDinhDanh() {
    YeuCauCongDan wire =
        wire(CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15)), LGSP);

    assertThat(wire.getSoDinhDanh()).isEqualTo("001090012345");
    assertThat(wire.getSoCMND()).isNull();
    assertThat(wire.getNgayThangNamSinh().getNgayThangNam()).isEqualTo("19900115");
  }

  @Test
  void sendsYearOnlyBirthDateAsNam() {
    YeuCauCongDan wire =
        wire(CitizenQuery.of("034160002233", "Bùi Thị Lan", BirthDate.ofYear(1960)), LGSP);

    assertThat(wire.getNgayThangNamSinh().getNam()).isEqualTo("1960");
    assertThat(wire.getNgayThangNamSinh().getNgayThangNam()).isNull();
  }

  @Test
  void sendsYearAndMonthAsItsYear() {
    YeuCauCongDan wire =
        wire(CitizenQuery.of("034160002233", "Bùi Thị Lan", BirthDate.ofYearMonth(1960, 5)), LGSP);

    assertThat(wire.getNgayThangNamSinh().getNam()).isEqualTo("1960");
  }

  @Test
  void normalisesNameToNfcWithSingleSpaces() {
    String nfd = Normalizer.normalize("  Tạ   Thị Xuân ", Normalizer.Form.NFD);

    YeuCauCongDan wire =
        wire(CitizenQuery.of("025191006802", nfd, BirthDate.of(1991, 9, 19)), LGSP);

    assertThat(wire.getHoVaTen())
        .isEqualTo(Normalizer.normalize("Tạ Thị Xuân", Normalizer.Form.NFC));
  }

  @Test
  void directProfileAddsUnitAccountAndPhone() {
    YeuCauCongDan wire =
        wire(CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15)), DIRECT);

    assertThat(wire.getMaDonVi()).isEqualTo("000.00.01.H56");
    assertThat(wire.getTaiKhoan()).isEqualTo("001090012345");
    assertThat(wire.getSoDienThoai()).isEqualTo("0");
    assertThat(wire.getMaDVC()).isEqualTo("VPCP");
    assertThat(wire.getMaTichHop()).isEqualTo("037");
    assertThat(wire.getMaYeuCau()).isEqualTo("req-1");
  }

  @Test
  void lgspProfilesLeaveOutDirectOnlyFields() {
    YeuCauCongDan wire =
        wire(CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15)), LGSP);

    assertThat(wire.getMaDonVi()).isNull();
    assertThat(wire.getTaiKhoan()).isNull();
    assertThat(wire.getSoDienThoai()).isNull();
  }

  @Test
  void jsonRequestCarriesTheFlatFields() {
    CitizenQuery q = CitizenQuery.of("034160002233", "Bùi Thị Lan", BirthDate.ofYear(1960));
    String json =
        new String(
            JsonCodec.request(RequestMapper.toWire("req-1", q, CONTEXT, LGSP)),
            StandardCharsets.UTF_8);

    assertThat(json)
        .contains(
            "\"HoVaTen\":\"Bùi Thị Lan\"",
            "\"SoDinhDanh\":\"034160002233\"",
            "\"Nam\":\"1960\"",
            "\"MaTichHop\":\"037\"",
            "\"MaDVC\":\"VPCP\"",
            "\"MaCanBo\":\"001090012345\"",
            "\"MaYeuCau\":\"req-1\"")
        .doesNotContain("SoCMND", "NgayThangNam\"");
  }

  private static YeuCauCongDan wire(CitizenQuery q, RequestFields fields) {
    return RequestMapper.toWire("req-1", q, CONTEXT, fields);
  }
}
