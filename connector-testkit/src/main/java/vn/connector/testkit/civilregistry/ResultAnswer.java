package vn.connector.testkit.civilregistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/** One item of a {@code LayKetQua} answer, with the result of state 4. */
final class ResultAnswer {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ObjectMapper mapper;

  ResultAnswer(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode item(SimDossier d, Step step, String province) {
    ObjectNode i = mapper.createObjectNode();
    Instant at = d.pushedAt.plus(step.after());
    i.put("maHoSoLT", d.interlinkedCode);
    i.put("maHoSoMCDT", d.oneStopCode);
    i.put("maDonVi", d.unit);
    i.put("maTinh", province);
    i.put("module", d.module);
    // A string here although the poll's own status is an integer: readers must take both.
    i.put("trangThai", Integer.toString(step.state()));
    i.put("thoiGianThucHien", TIME.format(at.atZone(ZONE)));
    i.put("nguoiXuLy", "Nguyễn Văn Bảo");
    i.put("chucDanh", "Công chức tư pháp - hộ tịch");
    i.put("phongBanXuLy", "UBND cấp xã");
    i.put("noiDungXuLy", step.content() == null ? "" : step.content());
    i.put(
        "hanBoSungHoSo",
        step.supplementDeadline() == null ? "" : DATE.format(step.supplementDeadline()));
    i.put("ghiChu", "");
    i.putArray("errors");
    if (step.state() == 4) {
      i.set("ketQuaXuLy", result(d, at));
    } else {
      i.putNull("ketQuaXuLy");
    }
    return i;
  }

  private ObjectNode result(SimDossier d, Instant at) {
    ObjectNode r = mapper.createObjectNode();
    if ("LTKS".equals(d.module)) {
      r.put("soDinhDanh", personalId(d));
    }
    r.put("soDangKy", Integer.toString(d.serial));
    r.put("quyenSo", "01/" + at.atZone(ZONE).getYear());
    r.put("trangSo", Integer.toString(10 + d.serial));
    r.put("ngayDangKy", DATE.format(at.atZone(ZONE)));
    String field =
        switch (d.module) {
          case "LTKS" -> "giayKhaiSinh";
          case "LTKT" -> "giayKhaiTu";
          default -> "giayChungNhanKetHon";
        };
    r.put(field, Base64.getEncoder().encodeToString(pdf(d)));
    r.put("maGiayToKetQua", field.substring(0, 3).toUpperCase() + "-" + d.serial);
    return r;
  }

  /**
   * A new personal ID that agrees with the child: the province of birth (3 digits), the century and
   * gender digit, the two year digits, then the dossier's serial.
   */
  static String personalId(SimDossier d) {
    JsonNode r = d.record;
    String province = r.path("nksNoiSinh").path("maTinh").asText("01");
    String birth = r.path("nksNgaySinh").asText("01.01.2026");
    int year = Integer.parseInt(birth.substring(birth.length() - 4));
    boolean female = "2".equals(r.path("nksGioiTinh").asText());
    int digit = (year / 100 - 19) * 2 + (female ? 1 : 0);
    return String.format(
        "0%s%d%02d%06d", province.length() == 2 ? province : "01", digit, year % 100, d.serial);
  }

  /** A small, valid one-page PDF naming the dossier (no personal data). */
  static byte[] pdf(SimDossier d) {
    String text = "Civil registry simulator " + d.module + " " + d.interlinkedCode;
    String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
    String body =
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            + "4 0 obj<</Length "
            + stream.length()
            + ">>stream\n"
            + stream
            + "\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    return body.getBytes(StandardCharsets.US_ASCII);
  }
}
