package vn.connector.civilregistry.internal;

import java.io.IOException;
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
 * The registration record inside {@code data}: {@code HoTichKhaiSinh}, {@code HoTichKhaiTu} or
 * {@code DataDKKH}, with the field names of civil-registry.md. Dates are {@code dd.MM.yyyy}.
 *
 * <p>Written straight to the mapper's generator: building a tree and having the mapper write it was
 * a fifth of a push's CPU (issue 16). The text is the one the tree gave ({@code RecordWireTest}
 * compares them).
 */
public final class RecordWriter {

  private RecordWriter() {}

  /** The record as the string that goes into {@code data}. */
  public static String json(Registration registration) {
    return Json.text(
        g -> {
          g.writeStartObject();
          record(registration, new FieldsOut(g));
          g.writeEndObject();
        });
  }

  private static void record(Registration registration, FieldsOut out) throws IOException {
    if (registration instanceof BirthRegistration b) {
      birth(b, out);
    } else if (registration instanceof DeathRegistration d) {
      death(d, out);
    } else {
      marriage((MarriageRegistration) registration, out);
    }
  }

  private static void birth(BirthRegistration b, FieldsOut out) throws IOException {
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
    parent(PersonFields.MOTHER, b.mother(), out);
    if (b.father() != null) {
      parent(PersonFields.FATHER, b.father(), out);
    }
    requester(b.requester(), out);
  }

  private static void child(Child c, FieldsOut out) throws IOException {
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
        .document(PersonFields.CHILD, c.document(), true);
  }

  private static void parent(PersonFields p, Parent m, FieldsOut out) throws IOException {
    out.name(p.fullName, m.fullName())
        .date(p.birthDate, m.birthDate())
        .code(p.ethnicity, m.ethnicity())
        .text(p.otherEthnicity, m.otherEthnicity())
        .code(p.nationality, m.nationality())
        .text(p.otherNationality, m.otherNationality())
        .code(p.residenceType, m.residenceType())
        .address(p.residence, m.residence())
        .document(p, m.document(), false)
        .text(p.otherDocument, m.otherDocument())
        .id(p.personalId, m.personalId())
        .text(p.verified, WireCodes.flag(m.verified()));
  }

  /** Modelled: the requester's ngày/nơi cấp ({@code nyc…}) by analogy with the deceased's. */
  private static void requester(Requester r, FieldsOut out) throws IOException {
    out.name("nycHoTen", r.fullName())
        .code("nycQuanHe", r.relationship())
        .text("nycSoDienThoai", r.phone())
        .text("nycEmail", r.email())
        .code("nycLoaiCuTru", r.residenceType())
        .address("nycNoiCuTru", r.residence())
        .document(PersonFields.REQUESTER, r.document(), true);
  }

  private static void death(DeathRegistration d, FieldsOut out) throws IOException {
    Deceased k = d.deceased();
    out.text("maGBT", d.notice().code())
        .name("nktHoTen", k.fullName())
        .text("nktGioiTinh", WireCodes.gender(k.gender()))
        .date("nktNgaySinh", k.birthDate())
        .code("nktDanToc", k.ethnicity())
        .code("nktQuocTich", k.nationality())
        .document(PersonFields.DECEASED, k.document(), true)
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
  private static void marriage(MarriageRegistration m, FieldsOut out) throws IOException {
    out.code("loaiDangKy", m.registrationType())
        .text("noiDangKy", m.dossier().registeringUnit().value())
        .date("ngayXacLapQuanHeHonNhan", m.establishedOn())
        .text("ghiChu", m.note())
        .number("soBanSao", m.copies())
        .text("soLuongBanSao", Integer.toString(m.copies()));
    spouse(PersonFields.HUSBAND, m.husband(), out);
    spouse(PersonFields.WIFE, m.wife(), out);
  }

  private static void spouse(PersonFields p, Spouse s, FieldsOut out) throws IOException {
    var status = s.maritalStatus();
    out.name(p.fullName, s.fullName())
        .date(p.birthDate, s.birthDate())
        .code(p.ethnicity, s.ethnicity())
        .text(p.otherEthnicity, s.otherEthnicity())
        .code(p.nationality, s.nationality())
        .text(p.residenceAbroad, s.residenceAbroad())
        .code(p.residenceType, s.residenceType())
        .address(p.residence, s.residence())
        .document(p, s.document(), true)
        .id(p.personalId, s.personalId())
        .number(p.previousMarriages, status.previousMarriages())
        .text(p.maritalStatus, status.description())
        .code(p.maritalStatusType, status.code())
        .text(p.confirmationRequest, status.confirmationRequest())
        .text(p.confirmationPlace, status.confirmationPlace());
  }
}
