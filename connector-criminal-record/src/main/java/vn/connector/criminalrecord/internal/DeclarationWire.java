package vn.connector.criminalrecord.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Base64;
import vn.connector.core.Gender;
import vn.connector.core.internal.Json;
import vn.connector.criminalrecord.CodeTable;
import vn.connector.criminalrecord.model.Address;
import vn.connector.criminalrecord.model.Applicant;
import vn.connector.criminalrecord.model.Attachment;
import vn.connector.criminalrecord.model.CertificateType;
import vn.connector.criminalrecord.model.Declaration;
import vn.connector.criminalrecord.model.Mandate;
import vn.connector.criminalrecord.model.RegistrationSource;
import vn.connector.criminalrecord.model.Relative;
import vn.connector.criminalrecord.model.ResidencePeriod;

/**
 * The LGSP submission body (criminal-record.md, "Submit"): every value a string, the {@code
 * authKey} added by the transport's auth, never here. Readings of what the contract leaves open
 * (modelled), kept in this one place: {@code nycGioiTinh} {@code "1"} male, {@code "2"} female;
 * {@code uyQuyen} {@code "1"}/{@code "0"} with {@code uyQuyenHoTen} the authorised person's name
 * and {@code nuqHoTen, nuqNgaySinh, nuqLoaiGiayTo, nuqSoGiayTo, nuqQuanHe, nuqDienThoai} their
 * details; an absent relative, residence end or address is sent as empty strings.
 *
 * <p>Written straight to the mapper's generator, field by field: building a tree and writing it out
 * was a quarter of a submission's CPU (issue 16). The bytes are those the tree gave (a null value
 * as {@code null}, as the tree's {@code put} of a null string wrote it); {@code
 * DeclarationWireTest} compares them.
 */
public final class DeclarationWire {

  /**
   * A relative's four fields: name, birth date, paper type and number (named once, not per call).
   */
  private static final String[] FATHER = {
    "nycHoTenCha", "chaNgaySinh", "chaLoaiGiayTo", "chaSoGiayTo"
  };

  private static final String[] MOTHER = {"nycHoTenMe", "meNgaySinh", "meLoaiGiayTo", "meSoGiayTo"};
  private static final String[] SPOUSE = {
    "nycHoTenVoChong", "voChongNgaySinh", "voChongLoaiGiayTo", "voChongSoGiayTo"
  };

  private DeclarationWire() {}

  /**
   * The body without {@code authKey}, compact UTF-8 JSON ending in the object's closing brace;
   * translates the local codes through {@code codes} before writing anything.
   *
   * @throws IllegalArgumentException naming the field when a local code has no ministry code
   */
  public static byte[] body(Declaration d, Province province, CodeTable codes) {
    CodeTable.Entry nationality =
        codes
            .nationality(d.applicant().nationality())
            .orElseThrow(() -> unmapped("applicant.nationality", d.applicant().nationality()));
    CodeTable.Entry ethnicity =
        codes
            .ethnicity(d.applicant().ethnicity())
            .orElseThrow(() -> unmapped("applicant.ethnicity", d.applicant().ethnicity()));
    // One array the size of a typical body: the recycler's 2 KB blocks took a second block and a
    // concatenation for every declaration.
    return Json.bytes(4096, g -> root(g, d, province, nationality, ethnicity));
  }

  private static IllegalArgumentException unmapped(String field, String local) {
    return new IllegalArgumentException(
        field + ": local code " + local + " has no ministry code in the code table");
  }

  private static void root(
      JsonGenerator g,
      Declaration d,
      Province province,
      CodeTable.Entry nationality,
      CodeTable.Entry ethnicity)
      throws IOException {
    boolean online = d.source() == RegistrationSource.ONLINE;
    g.writeStartObject();
    g.writeStringField("maTinh", province.code());
    g.writeStringField("tenTinh", province.name());
    g.writeStringField("maHoSoMCDT", d.dossierCode().value());
    g.writeStringField("nguonDangKy", online ? "1" : "3");
    g.writeStringField("tenNguonDangKy", online ? "Trực tuyến" : "Trực tiếp tại Sở Tư pháp");
    g.writeStringField("ngayTiepNhan", WireDates.format(d.receivedOn()));
    g.writeObjectFieldStart("toKhai");
    request(g, d);
    applicant(g, d.applicant(), nationality, ethnicity);
    relative(g, FATHER, d.father());
    relative(g, MOTHER, d.mother());
    relative(g, SPOUSE, d.spouse());
    history(g, d);
    mandate(g, d.mandate());
    g.writeStringField("thongTinAnTich", d.criminalHistory());
    g.writeEndObject();
    files(g, d);
    g.writeEndObject();
  }

  private static void request(JsonGenerator g, Declaration d) throws IOException {
    g.writeStringField("loaiPhieu", d.type() == CertificateType.TYPE_1 ? "1" : "2");
    g.writeStringField("maMucDich", d.purpose().code());
    g.writeStringField("tenMucDich", d.purpose().name());
    g.writeStringField("mucDich", d.purpose().description());
    g.writeStringField("mucDichKhac", d.purpose().other());
    g.writeStringField("soLuongCap", Integer.toString(d.copies()));
    g.writeStringField("yeuCauCDNCV", d.banInformation() ? "1" : "0");
    g.writeStringField("ngayHenTra", WireDates.format(d.dueOn()));
  }

  private static void applicant(
      JsonGenerator g, Applicant a, CodeTable.Entry nationality, CodeTable.Entry ethnicity)
      throws IOException {
    g.writeStringField("nycHoTen", a.fullName().value());
    g.writeStringField("nycTenGoiKhac", a.otherName());
    g.writeStringField("nycGioiTinh", a.gender() == Gender.MALE ? "1" : "2");
    g.writeStringField("nycTenGioiTinh", a.gender() == Gender.MALE ? "Nam" : "Nữ");
    g.writeStringField("nycNgaySinh", WireDates.format(a.birthDate()));
    address(g, "nycNoiSinh", a.birthPlace());
    g.writeStringField("nycNoiSinhNuocNgoai", a.bornAbroad() ? "2" : "1");
    g.writeStringField("nycLoaiGiayTo", a.paper().typeCode());
    g.writeStringField("nycTenLoaiGiayTo", a.paper().typeName());
    g.writeStringField("nycSoGiayTo", a.paper().number());
    g.writeStringField("nycNgayCapGiayTo", WireDates.format(a.paper().issuedOn()));
    g.writeStringField("nycNoiCapGiayTo", a.paper().issuedBy());
    g.writeStringField("nycQuocTich", nationality.code());
    g.writeStringField("nycTenQuocTich", nationality.name());
    g.writeStringField("nycDanToc", ethnicity.code());
    g.writeStringField("nycTenDanToc", ethnicity.name());
    address(g, "nycThuongTru", a.permanentResidence());
    address(g, "nycTamTru", a.temporaryResidence());
    g.writeStringField("nycDienThoai", a.phone());
    g.writeStringField("nycEmail", a.email());
  }

  private static void address(JsonGenerator g, String field, Address a) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("maTinhThanh", a == null ? "" : a.provinceCode());
    g.writeStringField("tenTinhThanh", a == null ? "" : a.provinceName());
    g.writeStringField("maQuanHuyen", a == null ? "" : a.districtCode());
    g.writeStringField("tenQuanHuyen", a == null ? "" : a.districtName());
    g.writeStringField("maPhuongXa", a == null ? "" : a.communeCode());
    g.writeStringField("tenPhuongXa", a == null ? "" : a.communeName());
    g.writeStringField("dcChiTiet", a == null ? "" : a.detail());
    g.writeEndObject();
  }

  private static void relative(JsonGenerator g, String[] names, Relative r) throws IOException {
    g.writeStringField(names[0], r == null ? "" : r.fullName().value());
    g.writeStringField(names[1], r == null ? "" : WireDates.format(r.birthDate()));
    g.writeStringField(names[2], r == null ? "" : r.paperType());
    g.writeStringField(names[3], r == null ? "" : r.paperNumber());
  }

  private static void history(JsonGenerator g, Declaration d) throws IOException {
    g.writeArrayFieldStart("nycCuTru");
    for (ResidencePeriod p : d.residenceHistory()) {
      g.writeStartObject();
      g.writeStringField("tuNgay", WireDates.format(p.from()));
      g.writeStringField("denNgay", WireDates.format(p.to()));
      g.writeStringField("noiCuTru", p.place());
      g.writeStringField("ngheNghiep", p.occupation());
      g.writeStringField("noiLamViec", p.workplace());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void mandate(JsonGenerator g, Mandate m) throws IOException {
    g.writeStringField("uyQuyen", m == null ? "0" : "1");
    g.writeStringField("uyQuyenHoTen", m == null ? "" : m.fullName().value());
    g.writeStringField("nuqHoTen", m == null ? "" : m.fullName().value());
    g.writeStringField("nuqNgaySinh", m == null ? "" : WireDates.format(m.birthDate()));
    g.writeStringField("nuqLoaiGiayTo", m == null ? "" : m.paperType());
    g.writeStringField("nuqSoGiayTo", m == null ? "" : m.paperNumber());
    g.writeStringField("nuqQuanHe", m == null ? "" : m.relationship());
    g.writeStringField("nuqDienThoai", m == null ? "" : m.phone());
  }

  private static void files(JsonGenerator g, Declaration d) throws IOException {
    g.writeArrayFieldStart("fileHoSo");
    for (Attachment a : d.attachments()) {
      g.writeStartObject();
      g.writeStringField("tenLoaiFile", a.kind());
      g.writeStringField("tenFile", a.fileName());
      g.writeStringField("noiDungFile", Base64.getEncoder().encodeToString(a.content()));
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
