package vn.connector.civilregistry.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.connector.civilregistry.model.Attachment;
import vn.connector.civilregistry.model.BirthDetails;
import vn.connector.civilregistry.model.BirthRegistration;
import vn.connector.civilregistry.model.Child;
import vn.connector.civilregistry.model.DeathNotice;
import vn.connector.civilregistry.model.DeathRegistration;
import vn.connector.civilregistry.model.Deceased;
import vn.connector.civilregistry.model.Dossier;
import vn.connector.civilregistry.model.MaritalStatus;
import vn.connector.civilregistry.model.MarriageRegistration;
import vn.connector.civilregistry.model.Parent;
import vn.connector.civilregistry.model.Registration;
import vn.connector.civilregistry.model.RegistrationKind;
import vn.connector.civilregistry.model.Requester;
import vn.connector.civilregistry.model.Spouse;
import vn.connector.core.internal.MalformedAnswerException;

/**
 * Reads a registration record (the flat fields of {@link RecordWriter}, from JSON or from the
 * {@code <hoTich>} element of an interlinked dossier) into the typed model. The model's checks
 * apply: a record that breaks one is refused with the field named.
 */
public final class RecordReader {

  private RecordReader() {}

  /**
   * @throws MalformedAnswerException when a field is missing, malformed or breaks a rule
   */
  public static Registration read(RegistrationKind kind, Dossier dossier, JsonNode record) {
    FieldsIn in = new FieldsIn(record);
    try {
      return switch (kind) {
        case BIRTH -> birth(dossier, in);
        case DEATH -> death(dossier, in);
        case MARRIAGE -> marriage(dossier, in);
      };
    } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
      throw new MalformedAnswerException("record: " + e.getMessage(), e);
    }
  }

  private static BirthRegistration birth(Dossier dossier, FieldsIn in) {
    BirthDetails details =
        new BirthDetails(
            in.text("maGCS"),
            in.date("ngayCapGCS"),
            in.code("loaiDangKy"),
            in.number("soLuongBanSao", 0),
            in.text("soDangKyNuocNgoai"),
            in.date("ngayDangKyNuocNgoai"),
            in.text("cqNuocNgoaiDaDangKy"),
            in.code("qgNuocNgoaiDaDangKy"));
    Child child =
        new Child(
            in.name("nksHoTen"),
            WireCodes.gender(in.text("nksGioiTinh")),
            in.date("nksNgaySinh"),
            in.text("nksNgaySinhBangChu"),
            in.address("nksNoiSinh"),
            in.text("nksNoiSinhNuocNgoai"),
            in.address("nksQueQuan"),
            in.code("nksDanToc"),
            in.code("nksQuocTich"),
            in.code("nksLoaiKhaiSinh"),
            in.document("nks"));
    Parent father = in.text("chaHoTen") == null ? null : parent("cha", in);
    return new BirthRegistration(
        dossier, details, child, parent("me", in), father, requester(in), List.<Attachment>of());
  }

  private static Parent parent(String p, FieldsIn in) {
    return new Parent(
        in.name(p + "HoTen"),
        in.birthDate(p + "NgaySinh"),
        in.code(p + "DanToc"),
        in.text(p + "DanTocKhac"),
        in.code(p + "QuocTich"),
        in.text(p + "QuocTichKhac"),
        in.code(p + "LoaiCuTru"),
        in.address(p + "NoiCuTru"),
        in.document(p),
        in.text(p + "GiayToKhac"),
        in.id(p + "SoDDCN"),
        WireCodes.flag(in.text(p + "XacThucThongTin")));
  }

  private static Requester requester(FieldsIn in) {
    return new Requester(
        in.name("nycHoTen"),
        in.code("nycQuanHe"),
        in.text("nycSoDienThoai"),
        in.text("nycEmail"),
        in.code("nycLoaiCuTru"),
        in.address("nycNoiCuTru"),
        in.document("nyc"));
  }

  private static DeathRegistration death(Dossier dossier, FieldsIn in) {
    Deceased deceased =
        new Deceased(
            in.name("nktHoTen"),
            WireCodes.gender(in.text("nktGioiTinh")),
            in.birthDate("nktNgaySinh"),
            in.code("nktDanToc"),
            in.code("nktQuocTich"),
            in.document("nkt"),
            in.address("nktNoiCuTru"),
            in.date("nktNgayChet"),
            WireDates.parseClock(in.text("nktGioPhutChet")),
            in.address("nktNoiChet"),
            in.text("nktNguyenNhanChet"));
    DeathNotice notice =
        new DeathNotice(
            in.text("maGBT"),
            in.code("gbtLoai"),
            in.text("gbtSo"),
            in.date("gbtNgay"),
            in.text("gbtCoQuanCap"));
    return new DeathRegistration(dossier, deceased, notice, requester(in), List.of());
  }

  private static MarriageRegistration marriage(Dossier dossier, FieldsIn in) {
    return new MarriageRegistration(
        dossier,
        in.code("loaiDangKy"),
        in.date("ngayXacLapQuanHeHonNhan"),
        in.text("ghiChu"),
        in.number("soBanSao", 0),
        spouse("chong", in),
        spouse("vo", in),
        List.of());
  }

  private static Spouse spouse(String p, FieldsIn in) {
    MaritalStatus status =
        new MaritalStatus(
            in.code(p + "LoaiTinhTrangHonNhan"),
            in.text(p + "TinhTrangHonNhan"),
            in.number(p + "SoLanKH", 0),
            in.text(p + "YeuCauXNTTHN"),
            in.text(p + "NoiXNTTHN"));
    return new Spouse(
        in.name(p + "HoTen"),
        in.birthDate(p + "NgaySinh"),
        in.code(p + "DanToc"),
        in.text(p + "DanTocKhac"),
        in.code(p + "QuocTich"),
        in.text(p + "CuTruNuocNgoai"),
        in.code(p + "LoaiCuTru"),
        in.address(p + "NoiCuTru"),
        in.document(p),
        in.id(p + "SoDDCN"),
        status);
  }
}
