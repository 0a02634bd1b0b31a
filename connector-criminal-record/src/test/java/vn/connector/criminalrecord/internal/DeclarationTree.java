package vn.connector.criminalrecord.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * The submission body as the SDK built it before issue 16's third round: a Jackson tree, written by
 * the mapper. Kept only as the reference {@code DeclarationWireTest} compares the streaming
 * writer's bytes with.
 */
final class DeclarationTree {

  private DeclarationTree() {}

  /**
   * The body without {@code authKey}; translates the local codes through {@code codes}.
   *
   * @throws IllegalArgumentException naming the field when a local code has no ministry code
   */
  static ObjectNode body(Declaration d, Province province, CodeTable codes) {
    CodeTable.Entry nationality =
        codes
            .nationality(d.applicant().nationality())
            .orElseThrow(() -> unmapped("applicant.nationality", d.applicant().nationality()));
    CodeTable.Entry ethnicity =
        codes
            .ethnicity(d.applicant().ethnicity())
            .orElseThrow(() -> unmapped("applicant.ethnicity", d.applicant().ethnicity()));
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("maTinh", province.code());
    root.put("tenTinh", province.name());
    root.put("maHoSoMCDT", d.dossierCode().value());
    root.put("nguonDangKy", d.source() == RegistrationSource.ONLINE ? "1" : "3");
    root.put(
        "tenNguonDangKy",
        d.source() == RegistrationSource.ONLINE ? "Trực tuyến" : "Trực tiếp tại Sở Tư pháp");
    root.put("ngayTiepNhan", WireDates.format(d.receivedOn()));
    ObjectNode form = root.putObject("toKhai");
    request(form, d);
    applicant(form, d.applicant(), nationality, ethnicity);
    relative(form, "nycHoTenCha", "cha", d.father());
    relative(form, "nycHoTenMe", "me", d.mother());
    relative(form, "nycHoTenVoChong", "voChong", d.spouse());
    history(form.putArray("nycCuTru"), d);
    mandate(form, d.mandate());
    form.put("thongTinAnTich", d.criminalHistory());
    files(root.putArray("fileHoSo"), d);
    return root;
  }

  private static IllegalArgumentException unmapped(String field, String local) {
    return new IllegalArgumentException(
        field + ": local code " + local + " has no ministry code in the code table");
  }

  private static void request(ObjectNode form, Declaration d) {
    form.put("loaiPhieu", d.type() == CertificateType.TYPE_1 ? "1" : "2");
    form.put("maMucDich", d.purpose().code());
    form.put("tenMucDich", d.purpose().name());
    form.put("mucDich", d.purpose().description());
    form.put("mucDichKhac", d.purpose().other());
    form.put("soLuongCap", Integer.toString(d.copies()));
    form.put("yeuCauCDNCV", d.banInformation() ? "1" : "0");
    form.put("ngayHenTra", WireDates.format(d.dueOn()));
  }

  private static void applicant(
      ObjectNode form, Applicant a, CodeTable.Entry nationality, CodeTable.Entry ethnicity) {
    form.put("nycHoTen", a.fullName().value());
    form.put("nycTenGoiKhac", a.otherName());
    form.put("nycGioiTinh", a.gender() == Gender.MALE ? "1" : "2");
    form.put("nycTenGioiTinh", a.gender() == Gender.MALE ? "Nam" : "Nữ");
    form.put("nycNgaySinh", WireDates.format(a.birthDate()));
    address(form.putObject("nycNoiSinh"), a.birthPlace());
    form.put("nycNoiSinhNuocNgoai", a.bornAbroad() ? "2" : "1");
    form.put("nycLoaiGiayTo", a.paper().typeCode());
    form.put("nycTenLoaiGiayTo", a.paper().typeName());
    form.put("nycSoGiayTo", a.paper().number());
    form.put("nycNgayCapGiayTo", WireDates.format(a.paper().issuedOn()));
    form.put("nycNoiCapGiayTo", a.paper().issuedBy());
    form.put("nycQuocTich", nationality.code());
    form.put("nycTenQuocTich", nationality.name());
    form.put("nycDanToc", ethnicity.code());
    form.put("nycTenDanToc", ethnicity.name());
    address(form.putObject("nycThuongTru"), a.permanentResidence());
    address(form.putObject("nycTamTru"), a.temporaryResidence());
    form.put("nycDienThoai", a.phone());
    form.put("nycEmail", a.email());
  }

  private static void address(ObjectNode node, Address a) {
    node.put("maTinhThanh", a == null ? "" : a.provinceCode());
    node.put("tenTinhThanh", a == null ? "" : a.provinceName());
    node.put("maQuanHuyen", a == null ? "" : a.districtCode());
    node.put("tenQuanHuyen", a == null ? "" : a.districtName());
    node.put("maPhuongXa", a == null ? "" : a.communeCode());
    node.put("tenPhuongXa", a == null ? "" : a.communeName());
    node.put("dcChiTiet", a == null ? "" : a.detail());
  }

  private static void relative(ObjectNode form, String nameField, String prefix, Relative r) {
    form.put(nameField, r == null ? "" : r.fullName().value());
    form.put(prefix + "NgaySinh", r == null ? "" : WireDates.format(r.birthDate()));
    form.put(prefix + "LoaiGiayTo", r == null ? "" : r.paperType());
    form.put(prefix + "SoGiayTo", r == null ? "" : r.paperNumber());
  }

  private static void history(ArrayNode lines, Declaration d) {
    for (ResidencePeriod p : d.residenceHistory()) {
      ObjectNode line = lines.addObject();
      line.put("tuNgay", WireDates.format(p.from()));
      line.put("denNgay", WireDates.format(p.to()));
      line.put("noiCuTru", p.place());
      line.put("ngheNghiep", p.occupation());
      line.put("noiLamViec", p.workplace());
    }
  }

  private static void mandate(ObjectNode form, Mandate m) {
    form.put("uyQuyen", m == null ? "0" : "1");
    form.put("uyQuyenHoTen", m == null ? "" : m.fullName().value());
    form.put("nuqHoTen", m == null ? "" : m.fullName().value());
    form.put("nuqNgaySinh", m == null ? "" : WireDates.format(m.birthDate()));
    form.put("nuqLoaiGiayTo", m == null ? "" : m.paperType());
    form.put("nuqSoGiayTo", m == null ? "" : m.paperNumber());
    form.put("nuqQuanHe", m == null ? "" : m.relationship());
    form.put("nuqDienThoai", m == null ? "" : m.phone());
  }

  private static void files(ArrayNode files, Declaration d) {
    for (Attachment a : d.attachments()) {
      ObjectNode file = files.addObject();
      file.put("tenLoaiFile", a.kind());
      file.put("tenFile", a.fileName());
      file.put("noiDungFile", Base64.getEncoder().encodeToString(a.content()));
    }
  }
}
