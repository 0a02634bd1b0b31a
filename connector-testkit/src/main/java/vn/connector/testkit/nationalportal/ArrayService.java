package vn.connector.testkit.nationalportal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Style B, plain JSON arrays (Thanh Hóa system): arrays of {@code HoSo} to the create and update
 * URLs, arrays of at most 10 {@code TienDo} to the progress URL. Every answer is text: success
 * contains "thành công", an existing dossier "đã tồn tại"; other refusals are the national text
 * without a code (modelled: the contract shows only the success text).
 */
final class ArrayService {

  /** Progress travels in chunks of 10 (national-portal.md). */
  static final int MAX_PROGRESS = 10;

  private final PortalBook book;
  private final NationalChecks checks;

  ArrayService(PortalBook book, Catalogue catalogue) {
    this.book = book;
    this.checks = new NationalChecks(catalogue);
  }

  String create(JsonNode body) {
    return dossiers(body, false, "Thêm mới hồ sơ thành công");
  }

  String update(JsonNode body) {
    return dossiers(body, true, "Cập nhật hồ sơ thành công");
  }

  String progress(JsonNode body) {
    if (body == null || !body.isArray() || body.isEmpty()) {
      return "Dữ liệu tiến độ không hợp lệ: cần một mảng TienDo";
    }
    if (body.size() > MAX_PROGRESS) {
      return "Mỗi lần gửi tối đa " + MAX_PROGRESS + " tiến độ";
    }
    for (JsonNode entry : body) {
      Optional<Refusal> refusal = checks.progress(entry);
      if (refusal.isPresent()) {
        return refusal.get().message();
      }
    }
    body.forEach(book::acceptProgress);
    return "Cập nhật tiến độ thành công";
  }

  private String dossiers(JsonNode body, boolean update, String success) {
    if (body == null || !body.isArray() || body.isEmpty()) {
      return "Dữ liệu hồ sơ không hợp lệ: cần một mảng HoSo";
    }
    Optional<Refusal> refusal = DossierIntake.take(checks, book, body, update);
    return refusal.map(Refusal::message).orElse(success);
  }
}
