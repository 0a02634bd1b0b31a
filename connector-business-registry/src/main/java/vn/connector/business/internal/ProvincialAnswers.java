package vn.connector.business.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import vn.connector.business.model.BusinessLine;
import vn.connector.business.model.Enterprise;
import vn.connector.business.model.EnterpriseStatus;
import vn.connector.business.model.Representative;
import vn.connector.core.internal.MalformedAnswerException;

/**
 * Reads the provincial LGSP variant ({@code {"GetEntCert":[…]}}, Thanh Hóa apiDKKD). Its lists nest
 * one level deeper than NGSP's; the first legal status listed is taken as the current one
 * (modelled: the contract shows a list, the portals seen read its first element). The variant
 * carries no last-amendment date.
 */
final class ProvincialAnswers {

  private ProvincialAnswers() {}

  /** Empty for {@code "GetEntCert": null} or an empty list, the variant's "not found". */
  static Optional<Enterprise> details(JsonNode root) {
    if (!root.isObject() || !root.has("GetEntCert")) {
      throw new MalformedAnswerException("GetEntCert: missing");
    }
    Iterator<JsonNode> certificates = WireValues.array(root, "GetEntCert").iterator();
    if (!certificates.hasNext()) {
      return Optional.empty();
    }
    JsonNode cert = certificates.next();
    return Optional.of(
        new Enterprise(
            NgspAnswers.code(WireValues.requiredText(cert, "MaSoDoanhNghiep")),
            WireValues.requiredText(cert, "TenTiengViet"),
            WireValues.text(cert, "TenVietTat"),
            WireValues.text(cert, "TenNuocNgoai"),
            status(cert),
            WireValues.text(cert, "LoaiHinhDN"),
            WireValues.date(cert, "NgayDangKyLanDau"),
            null,
            WireValues.count(cert, "SoLanDangKyThayDoi"),
            address(cert),
            representatives(cert),
            businessLines(cert)));
  }

  private static EnterpriseStatus status(JsonNode cert) {
    Iterator<JsonNode> statuses = WireValues.array(cert, "TinhTrangPhapLy").iterator();
    if (!statuses.hasNext()) {
      throw new MalformedAnswerException("TinhTrangPhapLy: missing");
    }
    JsonNode status = statuses.next();
    return StatusIds.status(
        WireValues.text(status, "MaTinhTrangPhapLy"), WireValues.text(status, "TinhTrangPhapLy"));
  }

  private static String address(JsonNode cert) {
    for (JsonNode office : WireValues.array(cert, "DiaChiTruSo")) {
      List<String> parts = new ArrayList<>();
      for (JsonNode part : WireValues.array(office, "DiaChi")) {
        String text = part.isNull() ? "" : part.asText().strip();
        if (!text.isEmpty()) {
          parts.add(vn.connector.core.Answers.nfc(text));
        }
      }
      if (!parts.isEmpty()) {
        return String.join(", ", parts);
      }
    }
    return null;
  }

  private static List<Representative> representatives(JsonNode cert) {
    List<Representative> result = new ArrayList<>();
    for (JsonNode representative : WireValues.array(cert, "DaiDienPhapLuat")) {
      for (JsonNode person : WireValues.array(representative, "ThongTinCaNhan")) {
        String name = WireValues.text(person, "HoVaTen");
        if (name != null) {
          WireValues.personName(name).map(Representative::new).ifPresent(result::add);
        }
      }
    }
    return result;
  }

  private static List<BusinessLine> businessLines(JsonNode cert) {
    List<BusinessLine> result = new ArrayList<>();
    for (JsonNode line : WireValues.array(cert, "NganhNgheKinhDoanh")) {
      result.add(
          new BusinessLine(
              WireValues.requiredText(line, "MaNganh"),
              WireValues.text(line, "TenNganh"),
              WireValues.flag(line, "LaNganhChinh")));
    }
    return result;
  }
}
