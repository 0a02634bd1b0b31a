package vn.connector.criminalrecord.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import vn.connector.core.BirthDate;
import vn.connector.core.DossierCode;
import vn.connector.core.Gender;
import vn.connector.core.PersonName;
import vn.connector.criminalrecord.model.CertificateType;
import vn.connector.criminalrecord.model.VneidDossier;

/**
 * Reads a VNeID push (criminal-record.md, "VNeID-originated dossiers"). Readings (modelled), kept
 * here: the top level holds {@code maHoSoMCDT}, {@code nhanHoSo} (the label {@code LLTPVneid} or
 * {@code LLTPVneidUyQuyen}), {@code nguonDangKy}, {@code toKhai}, {@code thongTinThanhToan}, {@code
 * thongTinBienLai} and {@code giayToDinhKem}; inside {@code toKhai} the applicant fields keep the
 * LGSP names ({@code nycHoTen}, {@code nycNgaySinh} {@code dd/MM/yyyy} or a year, ...), relatives
 * are {@code nycHoTenCha}/{@code chaNamSinh} and the same for {@code Me} and {@code VoChong};
 * {@code nycGioiTinh} 1 male, 2 female. Integer codes are taken as JSON integers or digit strings.
 */
public final class VneidWire {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern UP_TO_NINE_DIGITS = Pattern.compile("\\d{1,9}");

  static final String LABEL = "LLTPVneid";
  static final String LABEL_BY_MANDATE = "LLTPVneidUyQuyen";

  private VneidWire() {}

  /**
   * @throws IllegalArgumentException naming the field at fault
   */
  public static VneidDossier read(JsonNode root) {
    String label = text(root, "nhanHoSo");
    if (!LABEL.equals(label) && !LABEL_BY_MANDATE.equals(label)) {
      throw new IllegalArgumentException("nhanHoSo: must be " + LABEL + " or " + LABEL_BY_MANDATE);
    }
    JsonNode form = object(root, "toKhai");
    int mandate = integer(form, "uyQuyen");
    if ((mandate == 1) != LABEL_BY_MANDATE.equals(label)) {
      throw new IllegalArgumentException("uyQuyen: does not agree with the label " + label);
    }
    int type = integer(form, "loaiPhieu");
    if (type != 1 && type != 2) {
      throw new IllegalArgumentException("loaiPhieu: must be 1 or 2, was " + type);
    }
    return new VneidDossier(
        DossierCode.parse(text(root, "maHoSoMCDT")),
        mandate == 1,
        integer(root, "nguonDangKy"),
        type == 1 ? CertificateType.TYPE_1 : CertificateType.TYPE_2,
        integer(form, "maMucDich"),
        integer(form, "soLuongCap"),
        integer(form, "yeuCauCDNCV") == 1,
        PersonName.of(text(form, "nycHoTen")),
        gender(integer(form, "nycGioiTinh")),
        birthDate(text(form, "nycNgaySinh")),
        integer(form, "nycLoaiGiayTo"),
        text(form, "nycSoGiayTo"),
        relative(form, "nycHoTenCha", "chaNamSinh"),
        relative(form, "nycHoTenMe", "meNamSinh"),
        relative(form, "nycHoTenVoChong", "voChongNamSinh"),
        mandate == 1 ? proxy(object(form, "thongTinUyQuyen")) : null,
        history(form.get("quaTrinhCTNNNLV")),
        payment(root.get("thongTinThanhToan")),
        receipt(root.get("thongTinBienLai")),
        attachments(root.get("giayToDinhKem")));
  }

  private static Gender gender(int code) {
    return switch (code) {
      case 1 -> Gender.MALE;
      case 2 -> Gender.FEMALE;
      default -> throw new IllegalArgumentException("nycGioiTinh: must be 1 or 2, was " + code);
    };
  }

  private static BirthDate birthDate(String text) {
    if (YEAR.matcher(text).matches()) {
      return BirthDate.ofYear(Integer.parseInt(text));
    }
    return BirthDate.of(WireDates.parse(text, "nycNgaySinh"));
  }

  private static VneidDossier.KnownRelative relative(JsonNode form, String name, String year) {
    String fullName = text(form, name);
    if (fullName.isEmpty()) {
      return null;
    }
    JsonNode y = form.get(year);
    int birthYear = y == null || y.isNull() || y.asText().isBlank() ? 0 : integer(form, year);
    return new VneidDossier.KnownRelative(PersonName.of(fullName), birthYear);
  }

  private static VneidDossier.Proxy proxy(JsonNode node) {
    JsonNode relation = object(node, "nuqQuanHe");
    return new VneidDossier.Proxy(
        PersonName.of(text(node, "nuqHoTen")),
        text(node, "nuqSoGiayTo"),
        text(relation, "ma"),
        text(relation, "ten"));
  }

  private static List<VneidDossier.Residence> history(JsonNode lines) {
    List<VneidDossier.Residence> out = new ArrayList<>();
    for (JsonNode line : array(lines, "quaTrinhCTNNNLV")) {
      out.add(
          new VneidDossier.Residence(
              WireDates.parseMonth(required(line, "tuThangNam"), "tuThangNam"),
              WireDates.parseMonth(text(line, "denThangNam"), "denThangNam"),
              text(line, "loaiCuTru"),
              text(line, "diaChiCuTru"),
              text(line, "ngheNghiep"),
              text(line, "noiLamViec")));
    }
    return out;
  }

  private static VneidDossier.Payment payment(JsonNode node) {
    return node == null || node.isNull()
        ? null
        : new VneidDossier.Payment(text(node, "hinhThucNhanBanGiay"), text(node, "diaChiNhan"));
  }

  private static VneidDossier.Receipt receipt(JsonNode node) {
    return node == null || node.isNull()
        ? null
        : new VneidDossier.Receipt(text(node, "trangThaiGD"), text(node, "urlBienLai"));
  }

  private static List<VneidDossier.Document> attachments(JsonNode node) {
    List<VneidDossier.Document> out = new ArrayList<>();
    for (JsonNode doc : array(node, "giayToDinhKem")) {
      List<VneidDossier.File> files = new ArrayList<>();
      for (JsonNode file : array(doc.get("danhSach"), "danhSach")) {
        byte[] data;
        try {
          data = Base64.getMimeDecoder().decode(text(file, "duLieu"));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("duLieu: is not base64");
        }
        files.add(new VneidDossier.File(text(file, "loai"), data));
      }
      out.add(new VneidDossier.Document(text(doc, "ma"), text(doc, "ten"), files));
    }
    return out;
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException(field + ": must be an array");
    }
    return node;
  }

  private static JsonNode object(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isObject()) {
      throw new IllegalArgumentException(field + ": must be an object");
    }
    return v;
  }

  private static int integer(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v != null && v.isIntegralNumber() && v.canConvertToInt()) {
      return v.intValue();
    }
    if (v != null && v.isTextual() && UP_TO_NINE_DIGITS.matcher(v.asText().strip()).matches()) {
      return Integer.parseInt(v.asText().strip());
    }
    throw new IllegalArgumentException(field + ": must be an integer");
  }

  private static String required(JsonNode node, String field) {
    String t = text(node, field);
    if (t.isEmpty()) {
      throw new IllegalArgumentException(field + ": is required");
    }
    return t;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v != null && !v.isNull() && !v.isValueNode()) {
      throw new IllegalArgumentException(field + ": must be a text");
    }
    return v == null || v.isNull() ? "" : v.asText().strip();
  }
}
