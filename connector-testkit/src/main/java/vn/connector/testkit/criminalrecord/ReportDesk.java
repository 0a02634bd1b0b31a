package vn.connector.testkit.criminalrecord;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * traKetQuaHoSoLLTP at the simulated ministry: checks a report, applies it to the dossier once, and
 * answers a report of the state the dossier already has "không thể cập nhật lên trạng thái".
 */
final class ReportDesk {

  private static final Set<String> TYPES = Set.of("ketqua", "thuhoi");

  private final LltpBook book;
  private final String province;

  ReportDesk(LltpBook book, String province) {
    this.book = book;
    this.province = province;
  }

  /** (statusCode, errorDetail). */
  synchronized Map.Entry<String, String> apply(JsonNode body) {
    if (!province.equals(body.path("maTinh").asText())) {
      return Map.entry("01", "Mã tỉnh không đúng");
    }
    var found = book.find(body.path("maHoSoMCDT").asText());
    if (found.isEmpty()) {
      return Map.entry("01", "Không tìm thấy hồ sơ");
    }
    String type = body.path("type").asText();
    String stateText = body.path("trangThaiXuLy").asText();
    if (!TYPES.contains(type) || !stateText.matches("[1-9]|10")) {
      return Map.entry("01", "Dữ liệu không hợp lệ: type hoặc trangThaiXuLy");
    }
    int state = Integer.parseInt(stateText);
    if ((state == 9 || state == 10) && !pdf(body.path("ketQuaXuLy").path("phieuLLTP").asText())) {
      return Map.entry("01", "Dữ liệu không hợp lệ: phieuLLTP không phải PDF");
    }
    if (type.equals("thuhoi")
        && body.path("ketQuaXuLy").path("quyetDinhThuHoi").asText().isBlank()) {
      return Map.entry("01", "Dữ liệu không hợp lệ: thiếu quyết định thu hồi");
    }
    LltpBook.Dossier d = found.get();
    if (d.state == state) {
      return Map.entry("01", "Hồ sơ không thể cập nhật lên trạng thái " + state);
    }
    d.state = state;
    d.reports.add(type + ":" + state);
    return Map.entry("00", "");
  }

  private static boolean pdf(String base64) {
    try {
      byte[] bytes = Base64.getDecoder().decode(base64);
      return new String(bytes, 0, Math.min(5, bytes.length), StandardCharsets.US_ASCII)
          .equals("%PDF-");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
