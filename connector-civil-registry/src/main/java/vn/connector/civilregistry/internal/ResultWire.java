package vn.connector.civilregistry.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.connector.civilregistry.model.Certificate;
import vn.connector.civilregistry.model.DossierState;
import vn.connector.civilregistry.model.RegistrationKind;
import vn.connector.civilregistry.model.RegistrationStatus;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.CitizenId;
import vn.connector.core.DossierCode;
import vn.connector.core.internal.Json;
import vn.connector.core.internal.MalformedAnswerException;

/**
 * {@code LayKetQua}: the request {@code {"maDinhDanhHoSo":[…], "maTinh", "module"}} and its answer
 * {@code {"status":1,"value":[…]}} ({@code status} an integer here: 1 success, 0 failure).
 *
 * <p>Modelled: a marriage's certificate comes in {@code ketQuaXuLy.giayChungNhanKetHon} (the
 * contract names only {@code giayKhaiSinh} and {@code giayKhaiTu}); the three are read alike.
 */
public final class ResultWire {

  private static final List<String> CERTIFICATE_FIELDS =
      List.of("giayKhaiSinh", "giayKhaiTu", "giayChungNhanKetHon");

  private ResultWire() {}

  public static byte[] request(
      RegistrationKind kind, AdministrativeUnitCode province, List<DossierCode> codes) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode list = body.putArray("maDinhDanhHoSo");
    codes.forEach(c -> list.add(c.value()));
    body.put("maTinh", province.value());
    body.put("module", WireCodes.module(kind));
    return Json.write(body);
  }

  /** The answer's status (1 success), or throws when it is missing. */
  public static JsonNode answer(byte[] body) {
    JsonNode root = WireJson.parseObject(body, "LayKetQua answer");
    if (WireJson.text(root, "status") == null) {
      throw new MalformedAnswerException("status: missing");
    }
    return root;
  }

  public static boolean succeeded(JsonNode root) {
    return "1".equals(WireJson.text(root, "status"));
  }

  /**
   * The statuses in a successful answer.
   *
   * @param requestId the poll's request id, kept in each certificate's evidence
   * @param at when the answer was read
   */
  public static List<RegistrationStatus> statuses(JsonNode root, String requestId, Instant at) {
    JsonNode value = root.get("value");
    List<RegistrationStatus> out = new ArrayList<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (!value.isArray()) {
      throw new MalformedAnswerException("value: is not a list");
    }
    for (JsonNode item : value) {
      out.add(status(item, requestId, at));
    }
    return out;
  }

  private static RegistrationStatus status(JsonNode item, String requestId, Instant at) {
    String oneStop = WireJson.required(item, "maHoSoMCDT");
    try {
      int national = Integer.parseInt(WireJson.required(item, "trangThai"));
      DossierState state = DossierState.of(national);
      String interlinked = WireJson.text(item, "maHoSoLT");
      JsonNode result = item.get("ketQuaXuLy");
      Certificate certificate =
          state == DossierState.RESULT && result != null && result.isObject()
              ? certificate(result, interlinked == null ? oneStop : interlinked, requestId, at)
              : null;
      return new RegistrationStatus(
          interlinked,
          DossierCode.parse(oneStop),
          WireCodes.kind(WireJson.required(item, "module")),
          state,
          national,
          WireDates.parseOuter(WireJson.text(item, "thoiGianThucHien")),
          WireJson.text(item, "nguoiXuLy"),
          WireJson.text(item, "chucDanh"),
          WireJson.text(item, "phongBanXuLy"),
          WireJson.text(item, "noiDungXuLy"),
          WireDates.parseOuterDate(WireJson.text(item, "hanBoSungHoSo")),
          WireJson.text(item, "ghiChu"),
          WireJson.texts(item, "errors"),
          certificate);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new MalformedAnswerException("value[" + oneStop + "]: " + e.getMessage(), e);
    }
  }

  private static Certificate certificate(
      JsonNode r, String interlinked, String requestId, Instant at) {
    String id = WireJson.text(r, "soDinhDanh");
    byte[] pdf = null;
    for (String field : CERTIFICATE_FIELDS) {
      String b64 = WireJson.text(r, field);
      if (b64 != null) {
        pdf = Pdf.require(Base64s.decode(b64, "ketQuaXuLy." + field), "ketQuaXuLy." + field);
        break;
      }
    }
    return new Certificate(
        id == null ? null : CitizenId.parse(id),
        WireJson.text(r, "soDangKy"),
        WireJson.text(r, "quyenSo"),
        WireJson.text(r, "trangSo"),
        WireDates.parseOuterDate(WireJson.text(r, "ngayDangKy")),
        WireJson.text(r, "maGiayToKetQua"),
        pdf,
        pdf == null ? null : Pdf.evidence(interlinked, requestId, at, pdf));
  }
}
