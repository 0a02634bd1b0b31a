package vn.connector.civilregistry.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.connector.civilregistry.model.BirthRegistration;
import vn.connector.civilregistry.model.Child;
import vn.connector.civilregistry.model.DeathRegistration;
import vn.connector.civilregistry.model.Deceased;
import vn.connector.civilregistry.model.MarriageRegistration;
import vn.connector.civilregistry.model.Parent;
import vn.connector.civilregistry.model.Registration;
import vn.connector.civilregistry.model.Requester;
import vn.connector.civilregistry.model.Spouse;
import vn.connector.core.internal.Json;

/**
 * The registration record as the SDK built it before issue 16's third round: a Jackson tree,
 * written by the mapper as a string. Kept only as the reference {@code RecordWireTest} compares the
 * streaming writer with.
 */
final class RecordTree {

  private RecordTree() {}

  /** The record as the string that goes into {@code data}. */
  public static String json(Registration registration) {
    try {
      return Json.mapper().writeValueAsString(record(registration));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the record", e);
    }
  }

  static ObjectNode record(Registration registration) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    TreeFields out = new TreeFields(node);
    if (registration instanceof BirthRegistration b) {
      birth(b, out);
    } else if (registration instanceof DeathRegistration d) {
      death(d, out);
    } else {
      marriage((MarriageRegistration) registration, out);
    }
    return node;
  }

  private static void birth(BirthRegistration b, TreeFields out) {
    var d = b.details();
    out.text("maGCS", d.birthNoticeNumber())
        .date("ngayCapGCS", d.birthNoticeDate())
        .code("loaiDangKy", d.registrationType())
        .text("noiDangKy", b.dossier().registeringUnit().value())
        .text("soLuongBanSao", Integer.toString(d.copies()))
        .text("soDangKyNuocNgoai", d.foreignNumber())
        .date("ngayDangKyNuocNgoai", d.foreignDate())
        .text("cqNuocNgoaiDaDangKy", d.foreignAuthority())
        .code("qgNuocNgoaiDaDangKy", d.foreignCountry());
    child(b.child(), out);
    parent("me", b.mother(), out);
    if (b.father() != null) {
      parent("cha", b.father(), out);
    }
    requester(b.requester(), out);
  }

  private static void child(Child c, TreeFields out) {
    out.name("nksHoTen", c.fullName())
        .text("nksGioiTinh", WireCodes.gender(c.gender()))
        .date("nksNgaySinh", c.birthDate())
        .text("nksNgaySinhBangChu", c.birthDateInWords())
        .address("nksNoiSinh", c.birthPlace())
        .text("nksNoiSinhNuocNgoai", c.birthPlaceAbroad())
        .address("nksQueQuan", c.hometown())
        .code("nksDanToc", c.ethnicity())
        .code("nksQuocTich", c.nationality())
        .code("nksLoaiKhaiSinh", c.birthType())
        .document("nks", c.document(), true);
  }

  private static void parent(String p, Parent m, TreeFields out) {
    out.name(p + "HoTen", m.fullName())
        .date(p + "NgaySinh", m.birthDate())
        .code(p + "DanToc", m.ethnicity())
        .text(p + "DanTocKhac", m.otherEthnicity())
        .code(p + "QuocTich", m.nationality())
        .text(p + "QuocTichKhac", m.otherNationality())
        .code(p + "LoaiCuTru", m.residenceType())
        .address(p + "NoiCuTru", m.residence())
        .document(p, m.document(), false)
        .text(p + "GiayToKhac", m.otherDocument())
        .id(p + "SoDDCN", m.personalId())
        .text(p + "XacThucThongTin", WireCodes.flag(m.verified()));
  }

  /** Modelled: the requester's ngày/nơi cấp ({@code nyc…}) by analogy with the deceased's. */
  private static void requester(Requester r, TreeFields out) {
    out.name("nycHoTen", r.fullName())
        .code("nycQuanHe", r.relationship())
        .text("nycSoDienThoai", r.phone())
        .text("nycEmail", r.email())
        .code("nycLoaiCuTru", r.residenceType())
        .address("nycNoiCuTru", r.residence())
        .document("nyc", r.document(), true);
  }

  private static void death(DeathRegistration d, TreeFields out) {
    Deceased k = d.deceased();
    out.text("maGBT", d.notice().code())
        .name("nktHoTen", k.fullName())
        .text("nktGioiTinh", WireCodes.gender(k.gender()))
        .date("nktNgaySinh", k.birthDate())
        .code("nktDanToc", k.ethnicity())
        .code("nktQuocTich", k.nationality())
        .document("nkt", k.document(), true)
        .address("nktNoiCuTru", k.residence())
        .date("nktNgayChet", k.diedOn())
        .text("nktGioPhutChet", WireDates.clock(k.diedAt()))
        .address("nktNoiChet", k.placeOfDeath())
        .text("nktNguyenNhanChet", k.cause())
        .code("gbtLoai", d.notice().type())
        .text("gbtSo", d.notice().number())
        .date("gbtNgay", d.notice().issuedOn())
        .text("gbtCoQuanCap", d.notice().issuer());
    requester(d.requester(), out);
  }

  /** {@code soBanSao} is an integer (contract); {@code soLuongBanSao} the same number as text. */
  private static void marriage(MarriageRegistration m, TreeFields out) {
    out.code("loaiDangKy", m.registrationType())
        .text("noiDangKy", m.dossier().registeringUnit().value())
        .date("ngayXacLapQuanHeHonNhan", m.establishedOn())
        .text("ghiChu", m.note())
        .number("soBanSao", m.copies())
        .text("soLuongBanSao", Integer.toString(m.copies()));
    spouse("chong", m.husband(), out);
    spouse("vo", m.wife(), out);
  }

  private static void spouse(String p, Spouse s, TreeFields out) {
    var status = s.maritalStatus();
    out.name(p + "HoTen", s.fullName())
        .date(p + "NgaySinh", s.birthDate())
        .code(p + "DanToc", s.ethnicity())
        .text(p + "DanTocKhac", s.otherEthnicity())
        .code(p + "QuocTich", s.nationality())
        .text(p + "CuTruNuocNgoai", s.residenceAbroad())
        .code(p + "LoaiCuTru", s.residenceType())
        .address(p + "NoiCuTru", s.residence())
        .document(p, s.document(), true)
        .id(p + "SoDDCN", s.personalId())
        .number(p + "SoLanKH", status.previousMarriages())
        .text(p + "TinhTrangHonNhan", status.description())
        .code(p + "LoaiTinhTrangHonNhan", status.code())
        .text(p + "YeuCauXNTTHN", status.confirmationRequest())
        .text(p + "NoiXNTTHN", status.confirmationPlace());
  }
}
