package vn.connector.testkit.civilregistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * What the interlinked service refuses in a status push-back, as civil-registry.md lists the body:
 * the identifiers, {@code coQuanXuLy} 5, {@code trangThai} an integer 1-7, times {@code dd/MM/yyyy
 * HH:mm:ss}, {@code ketQuaXuLy} a string holding a JSON object, a supplement request without its
 * deadline.
 */
final class StatusCheck {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
  private static final List<String> TIMES =
      List.of(
          "thoiGianThucHien",
          "ngayBatDau",
          "ngayKetThucTheoQuyDinh",
          "ngayHenTraTruoc",
          "ngayHenTraMoi",
          "hanBoSungHoSo");

  private final ObjectMapper mapper = new ObjectMapper();

  /** The problem, or null when the body is acceptable. */
  String problem(JsonNode b) {
    if (b == null) {
      return "không phải JSON";
    }
    for (String f : List.of("maTTHC", "soHoSoLT", "maHoSo", "thoiGianThucHien")) {
      if (!b.path(f).isTextual() || b.path(f).asText().isBlank()) {
        return "thiếu " + f;
      }
    }
    if (!b.path("coQuanXuLy").isInt() || b.path("coQuanXuLy").asInt() != 5) {
      return "coQuanXuLy phải là 5";
    }
    JsonNode state = b.path("trangThai");
    if (!state.isInt() || state.asInt() < 1 || state.asInt() > 7) {
      return "trangThai phải là số nguyên 1-7";
    }
    for (String f : TIMES) {
      String v = b.path(f).asText("");
      if (!v.isEmpty() && !parses(v)) {
        return f + " không đúng định dạng dd/MM/yyyy HH:mm:ss";
      }
    }
    if (state.asInt() == 2 && b.path("hanBoSungHoSo").asText("").isEmpty()) {
      return "thiếu hanBoSungHoSo";
    }
    if (!b.path("ketQuaXuLy").isTextual() || !holdsObject(b.path("ketQuaXuLy").asText())) {
      return "ketQuaXuLy phải là chuỗi JSON";
    }
    return null;
  }

  private boolean holdsObject(String text) {
    try {
      JsonNode n = mapper.readTree(text);
      return n != null && n.isObject();
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean parses(String v) {
    try {
      LocalDateTime.parse(v, TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
