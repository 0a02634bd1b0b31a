package vn.connector.civilregistry.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.connector.civilregistry.model.Dossier;
import vn.connector.civilregistry.model.InterlinkedDossier;
import vn.connector.civilregistry.model.InterlinkedSummary;
import vn.connector.civilregistry.model.ReceivedAttachment;
import vn.connector.civilregistry.model.Registration;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.DossierCode;
import vn.connector.core.ProcedureCode;
import vn.connector.core.internal.Json;
import vn.connector.core.internal.MalformedAnswerException;

/**
 * The interlinked service's (DVC liên thông) list, dossier and acknowledgement. A dossier's payload
 * is encoded three times: the answer's {@code data} object holds a {@code data} string of JSON,
 * whose own {@code data} string is XML with the {@code <hoTich>} record.
 *
 * <p>Readings of the contract: {@code maDonVi} is an integer whose digits tell the level, "3 digits
 * = a district, 5 digits = a commune"; as a JSON number it loses leading zeros, so a value of up to
 * 3 digits is read as a district code padded to 3, one of 4 or 5 digits as a commune code padded to
 * 5 (modelled). The dossier's interlinked code is its {@code maHoSo}. Files come as the push's
 * {@code fileDinhKem} items (modelled); withdrawn ones ({@code huyGiayTo} ≠ 0) are dropped.
 */
public final class DvcltWire {

  private static final Pattern UP_TO_FIVE_DIGITS = Pattern.compile("\\d{1,5}");

  private DvcltWire() {}

  public static List<InterlinkedSummary> list(byte[] body) {
    JsonNode data = WireJson.parseObject(body, "LayDanhSachHoSo answer").get("data");
    List<InterlinkedSummary> out = new ArrayList<>();
    if (data == null || data.isNull()) {
      return out;
    }
    if (!data.isArray()) {
      throw new MalformedAnswerException("data: is not a list");
    }
    for (JsonNode item : data) {
      out.add(summary(item, WireJson.required(item, "id")));
    }
    return out;
  }

  public static InterlinkedDossier dossier(String id, byte[] body) {
    JsonNode data = WireJson.parseObject(body, "hosolienthong answer").get("data");
    if (data == null || !data.isObject()) {
      throw new MalformedAnswerException("data: missing");
    }
    InterlinkedSummary summary = summary(data, id);
    JsonNode inner = WireJson.parseObject(WireJson.required(data, "data"), "data");
    ObjectNode record = HoTichXml.read(WireJson.required(inner, "data"));
    Dossier dossier =
        new Dossier(
            summary.dossierCode().value(),
            summary.dossierCode(),
            summary.unit(),
            summary.receivedAt().atZone(WireDates.ZONE).toInstant());
    Registration registration = RecordReader.read(summary.kind(), dossier, record);
    return new InterlinkedDossier(summary, registration, files(data.get("fileDinhKem")));
  }

  public static byte[] acknowledgement(DossierCode code) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("maHoSo", code.value());
    body.put("daNhan", true);
    return Json.write(body);
  }

  private static InterlinkedSummary summary(JsonNode item, String id) {
    try {
      return new InterlinkedSummary(
          id,
          unit(WireJson.required(item, "maDonVi")),
          ProcedureCode.parse(WireJson.required(item, "maTTHC")),
          WireCodes.kind(WireJson.required(item, "module")),
          DossierCode.parse(WireJson.required(item, "maHoSo")),
          WireDates.parseOuter(WireJson.required(item, "ngayTiepNhan")),
          WireJson.text(item, "techId"));
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new MalformedAnswerException("dossier " + id + ": " + e.getMessage(), e);
    }
  }

  static AdministrativeUnitCode unit(String digits) {
    if (!UP_TO_FIVE_DIGITS.matcher(digits).matches()) {
      throw new MalformedAnswerException("maDonVi: must be an integer of up to 5 digits");
    }
    int width = digits.length() <= 3 ? 3 : 5;
    String padded = "0".repeat(width - digits.length()) + digits;
    return AdministrativeUnitCode.parse(padded);
  }

  private static List<ReceivedAttachment> files(JsonNode list) {
    List<ReceivedAttachment> out = new ArrayList<>();
    if (list == null || !list.isArray()) {
      return out;
    }
    try {
      for (JsonNode f : list) {
        if (WireJson.number(f, "huyGiayTo", 0) != 0) {
          continue;
        }
        String content = WireJson.text(f, "duLieuTepDinhKem");
        out.add(
            new ReceivedAttachment(
                WireJson.number(f, "id", 0),
                WireJson.number(f, "loaiGiayTo", 0),
                WireJson.text(f, "tenGiayTo"),
                WireJson.required(f, "tenTepDinhKem"),
                content == null ? new byte[0] : Base64s.decode(content, "duLieuTepDinhKem")));
      }
    } catch (IllegalArgumentException e) {
      throw new MalformedAnswerException("fileDinhKem: " + e.getMessage(), e);
    }
    return out;
  }
}
