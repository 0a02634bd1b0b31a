package vn.connector.testkit.criminalrecord;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the simulated ministry refuses in a submission, as the contract has it: a value that is not
 * a string, a certificate type other than 1 and 2, a Phiếu số 2 by mandate, a missing identity
 * field, a date not {@code dd/MM/yyyy}, a nationality or ethnicity that is not the ministry's code
 * (a province's local code such as {@code 3106} is refused).
 */
final class SubmitChecks {

  static final Set<String> NATIONALITIES = Set.of("VN", "LA", "KH", "CN", "US", "FR", "JP", "KR");

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final String[] REQUIRED = {
    "nycHoTen",
    "nycGioiTinh",
    "nycNgaySinh",
    "nycLoaiGiayTo",
    "nycSoGiayTo",
    "nycNgayCapGiayTo",
    "nycQuocTich",
    "nycDanToc",
    "loaiPhieu",
    "maMucDich",
    "soLuongCap"
  };
  private static final String[] DATES = {"nycNgaySinh", "nycNgayCapGiayTo", "ngayHenTra"};
  private static final String[] OPTIONAL_DATES = {
    "chaNgaySinh", "meNgaySinh", "voChongNgaySinh", "nuqNgaySinh"
  };

  private SubmitChecks() {}

  /** The refusal (errorCode, errorDescription), or empty when the body is acceptable. */
  static Optional<Map.Entry<String, String>> refusal(JsonNode body, String province) {
    Optional<String> notText = firstNonString(body, "");
    if (notText.isPresent()) {
      return refuse("E_KIEU", "Trường " + notText.get() + " phải là chuỗi");
    }
    if (!province.equals(body.path("maTinh").asText())) {
      return refuse("E_TINH", "Mã tỉnh không đúng");
    }
    if (body.path("maHoSoMCDT").asText().isBlank() || !date(body.path("ngayTiepNhan").asText())) {
      return refuse("E_HOSO", "Thiếu mã hồ sơ hoặc ngày tiếp nhận sai định dạng dd/MM/yyyy");
    }
    JsonNode form = body.path("toKhai");
    for (String field : REQUIRED) {
      if (form.path(field).asText().isBlank()) {
        return refuse("E_THIEU", "Thiếu thông tin bắt buộc: " + field);
      }
    }
    if (form.path("nycThuongTru").path("maTinhThanh").asText().isBlank()) {
      return refuse("E_THIEU", "Thiếu thông tin bắt buộc: nycThuongTru");
    }
    String type = form.path("loaiPhieu").asText();
    if (!type.equals("1") && !type.equals("2")) {
      return refuse("E_LOAIPHIEU", "Loại phiếu không hợp lệ");
    }
    if (type.equals("2") && form.path("uyQuyen").asText().equals("1")) {
      return refuse("E_UYQUYEN", "Phiếu số 2 không được ủy quyền");
    }
    for (String field : DATES) {
      if (!date(form.path(field).asText())) {
        return refuse("E_NGAY", field + " sai định dạng dd/MM/yyyy");
      }
    }
    for (String field : OPTIONAL_DATES) {
      String value = form.path(field).asText();
      if (!value.isEmpty() && !date(value)) {
        return refuse("E_NGAY", field + " sai định dạng dd/MM/yyyy");
      }
    }
    if (!NATIONALITIES.contains(form.path("nycQuocTich").asText())) {
      return refuse("E_DANHMUC", "Mã quốc tịch không có trong danh mục của Bộ");
    }
    if (!form.path("nycDanToc").asText().matches("0[1-9]|[1-4][0-9]|5[0-4]")) {
      return refuse("E_DANHMUC", "Mã dân tộc không có trong danh mục của Bộ");
    }
    return Optional.empty();
  }

  private static Optional<String> firstNonString(JsonNode node, String path) {
    if (node.isObject()) {
      for (var it = node.fields(); it.hasNext(); ) {
        var e = it.next();
        Optional<String> found =
            firstNonString(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        Optional<String> found = firstNonString(item, path + "[]");
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    return node.isTextual() ? Optional.empty() : Optional.of(path);
  }

  private static boolean date(String text) {
    try {
      LocalDate.parse(text, DAY);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static Optional<Map.Entry<String, String>> refuse(String code, String text) {
    return Optional.of(Map.entry(code, text));
  }
}
