package vn.connector.testkit.civilregistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulated registry refuses in a {@code NhanDKHT} body, as civil-registry.md describes
 * it: missing outer fields, an unknown module, {@code ngayTiepNhan} not {@code dd/MM/yyyy
 * HH:mm:ss}, {@code data} not a string holding a JSON object, record dates not {@code dd.MM.yyyy},
 * the required people missing, {@code maDonVi} other than {@code noiDangKy}, a marriage whose two
 * codes differ, attachments with non-integer {@code id}/{@code loaiGiayTo}, a cancelled one sent,
 * or bad base64. Answers the refusal text, empty when the body is acceptable.
 */
final class PushCheck {

  private static final DateTimeFormatter OUTER =
      DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter RECORD =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Map<String, List<String>> REQUIRED =
      Map.of(
          "LTKS", List.of("nksHoTen", "nksGioiTinh", "nksNgaySinh", "meHoTen", "nycHoTen"),
          "LTKT", List.of("nktHoTen", "nktNgayChet", "gbtSo", "nycHoTen"),
          "LTKH", List.of("chongHoTen", "voHoTen", "chongSoLanKH", "voSoLanKH"));

  private final ObjectMapper mapper;

  PushCheck(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The parsed record on success; the refusal text otherwise. */
  record Outcome(JsonNode record, String refusal) {}

  Outcome check(JsonNode body) {
    for (String f : List.of("maDonVi", "module", "maHoSoLT", "maHoSoMCDT", "ngayTiepNhan")) {
      if (!body.path(f).isTextual() || body.path(f).asText().isBlank()) {
        return refuse("Thiếu thông tin " + f);
      }
    }
    String module = body.path("module").asText();
    if (!REQUIRED.containsKey(module)) {
      return refuse("Module không hợp lệ: " + module);
    }
    if (!parses(body.path("ngayTiepNhan").asText(), OUTER, true)) {
      return refuse("ngayTiepNhan không đúng định dạng dd/MM/yyyy HH:mm:ss");
    }
    if ("LTKH".equals(module)
        && !body.path("maHoSoLT").asText().equals(body.path("maHoSoMCDT").asText())) {
      return refuse("Hồ sơ kết hôn: maHoSoLT phải trùng maHoSoMCDT");
    }
    JsonNode record = record(body.get("data"));
    if (record == null) {
      return refuse("data phải là chuỗi JSON của bản ghi hộ tịch");
    }
    Optional<String> bad = recordProblem(module, body.path("maDonVi").asText(), record);
    if (bad.isPresent()) {
      return refuse(bad.get());
    }
    return files(body.get("fileDinhKem")).map(PushCheck::refuse).orElse(new Outcome(record, null));
  }

  private JsonNode record(JsonNode data) {
    if (data == null || !data.isTextual()) {
      return null;
    }
    try {
      JsonNode r = mapper.readTree(data.asText());
      return r != null && r.isObject() ? r : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static Optional<String> recordProblem(String module, String unit, JsonNode record) {
    for (String f : REQUIRED.get(module)) {
      if (record.path(f).isMissingNode() || record.path(f).asText().isBlank()) {
        return Optional.of("Thiếu thông tin " + f);
      }
    }
    if (!"LTKT".equals(module) && !unit.equals(record.path("noiDangKy").asText())) {
      return Optional.of("maDonVi không trùng noiDangKy");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      boolean dateField =
          name.startsWith("ngay") || name.contains("Ngay") || name.equals("gbtNgay");
      if (dateField && e.getValue().isTextual() && !name.endsWith("BangChu")) {
        if (!parses(e.getValue().asText(), RECORD, !name.endsWith("NgaySinh"))) {
          return Optional.of(name + " không đúng định dạng dd.MM.yyyy");
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> files(JsonNode files) {
    if (files == null || files.isNull()) {
      return Optional.empty();
    }
    if (!files.isArray()) {
      return Optional.of("fileDinhKem phải là danh sách");
    }
    for (JsonNode f : files) {
      if (!f.path("id").isInt() || !f.path("loaiGiayTo").isInt()) {
        return Optional.of("fileDinhKem: id và loaiGiayTo phải là số nguyên");
      }
      if (f.path("huyGiayTo").asInt(-1) != 0) {
        return Optional.of("fileDinhKem: giấy tờ đã hủy không được gửi");
      }
      try {
        Base64.getDecoder().decode(f.path("duLieuTepDinhKem").asText());
      } catch (IllegalArgumentException e) {
        return Optional.of("fileDinhKem: duLieuTepDinhKem không phải base64");
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code text} has the format; partial birth dates ({@code yyyy}, {@code MM.yyyy}) too.
   */
  private static boolean parses(String text, DateTimeFormatter format, boolean fullOnly) {
    if (!fullOnly && text.matches("\\d{4}|\\d{2}\\.\\d{4}")) {
      return true;
    }
    try {
      if (format == OUTER) {
        LocalDateTime.parse(text, format);
      } else {
        LocalDate.parse(text, format);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static Outcome refuse(String text) {
    return new Outcome(null, text);
  }
}
