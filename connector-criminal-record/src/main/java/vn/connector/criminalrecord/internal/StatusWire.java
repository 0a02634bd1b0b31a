package vn.connector.criminalrecord.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.regex.Pattern;
import vn.connector.core.DossierCode;
import vn.connector.core.internal.Json;
import vn.connector.criminalrecord.model.Certificate;
import vn.connector.criminalrecord.model.CertificateType;
import vn.connector.criminalrecord.model.DossierStatus;
import vn.connector.criminalrecord.model.ProcessingState;

/**
 * The status call: {@code {"authKey","maTinh","maHoSoMCDT"}}, one dossier per call, answered {@code
 * {"status":1,"statusDescription","value":[{"maHoSoMCDT","trangThaiXuLy","ketQuaXuLy"}]}}.
 */
public final class StatusWire {

  private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");

  private StatusWire() {}

  public static ObjectNode body(Province province, DossierCode code) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("maTinh", province.code());
    root.put("maHoSoMCDT", code.value());
    return root;
  }

  /** Whether the answer says {@code status} 1 (string or number). */
  public static boolean ok(JsonNode answer) {
    JsonNode status = answer.get("status");
    return status != null && status.isValueNode() && "1".equals(status.asText().strip());
  }

  /**
   * The dossier's entry of {@code value}; null when the ministry holds no such dossier.
   *
   * @throws IllegalArgumentException when the answer is not the contracted shape
   */
  public static DossierStatus read(JsonNode answer, DossierCode code) {
    JsonNode value = answer.get("value");
    if (value == null || value.isNull() || (value.isArray() && value.isEmpty())) {
      return null;
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException("value: must be an array");
    }
    for (JsonNode entry : value) {
      if (code.value().equals(text(entry, "maHoSoMCDT"))) {
        return status(entry, code);
      }
    }
    throw new IllegalArgumentException("value: does not hold the dossier asked for");
  }

  private static DossierStatus status(JsonNode entry, DossierCode code) {
    String national = text(entry, "trangThaiXuLy");
    ProcessingState state =
        ONE_OR_TWO_DIGITS.matcher(national).matches()
            ? ProcessingState.ofCode(Integer.parseInt(national))
            : ProcessingState.UNKNOWN;
    Certificate certificate =
        state.carriesCertificate() ? certificate(entry.get("ketQuaXuLy")) : null;
    return new DossierStatus(code, state, national, certificate);
  }

  private static Certificate certificate(JsonNode result) {
    if (result == null || !result.isObject()) {
      throw new IllegalArgumentException("ketQuaXuLy: states 9 and 10 carry the certificate");
    }
    String type = text(result, "loaiPhieu");
    byte[] pdf;
    try {
      pdf = Base64.getMimeDecoder().decode(text(result, "phieuLLTP"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("phieuLLTP: is not base64");
    }
    return new Certificate(
        text(result, "soPhieuLLTP"),
        WireDates.parse(text(result, "ngayCapPhieu"), "ngayCapPhieu"),
        "2".equals(type) ? CertificateType.TYPE_2 : CertificateType.TYPE_1,
        pdf);
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? "" : v.asText().strip();
  }
}
