package vn.connector.civilregistry.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.Base64;
import vn.connector.civilregistry.model.InterlinkedState;
import vn.connector.civilregistry.model.StatusUpdate;
import vn.connector.core.DossierCode;
import vn.connector.core.ProcedureCode;
import vn.connector.core.internal.Json;
import vn.connector.core.internal.MalformedAnswerException;

/**
 * The status push-back body (civil-registry.md): {@code coQuanXuLy} is always 5, {@code trangThai}
 * an integer, {@code ketQuaXuLy} a JSON string holding the base64 certificate and {@code
 * maGiayToKetQua}. Times are {@code dd/MM/yyyy HH:mm:ss}.
 *
 * <p>Modelled: the certificate travels in {@code ketQuaXuLy} as {@code giayKhaiSinh} (the field of
 * the registry's own result); absent fields are sent as empty strings, as the portal seen does. The
 * same JSON is the outbox payload of a queued update, read back by {@link #read}.
 */
public final class StatusWire {

  /** The processing agency of the contract: always 5. */
  static final int AGENCY = 5;

  private StatusWire() {}

  public static byte[] body(StatusUpdate u) {
    ObjectNode b = JsonNodeFactory.instance.objectNode();
    b.put("maTTHC", u.procedureCode().value());
    b.put("soHoSoLT", u.interlinkedCode());
    b.put("coQuanXuLy", AGENCY);
    b.put("maHoSo", u.dossierCode().value());
    b.put("trangThai", u.state().code());
    b.put("thoiGianThucHien", WireDates.outer(u.at()));
    b.put("ghiChu", orEmpty(u.note()));
    b.put("ketQuaXuLy", result(u));
    b.put("nguoiXuLy", orEmpty(u.handler()));
    b.put("chucDanh", orEmpty(u.title()));
    b.put("phongBanXuLy", orEmpty(u.department()));
    b.put("noiDungXuLy", orEmpty(u.content()));
    b.put("ngayBatDau", time(u.startedAt()));
    b.put("ngayKetThucTheoQuyDinh", time(u.dueAt()));
    b.put("ngayHenTraTruoc", time(u.earlierAppointment()));
    b.put("ngayHenTraMoi", time(u.newAppointment()));
    b.put("hanBoSungHoSo", time(u.supplementDeadline()));
    return Json.write(b);
  }

  /** A body written by {@link #body}, back as the update (for the outbox deliverer). */
  public static StatusUpdate read(String payload) {
    JsonNode b = WireJson.parseObject(payload, "status payload");
    JsonNode result = WireJson.parseObject(WireJson.required(b, "ketQuaXuLy"), "ketQuaXuLy");
    String pdf = WireJson.text(result, "giayKhaiSinh");
    return new StatusUpdate(
        ProcedureCode.parse(WireJson.required(b, "maTTHC")),
        WireJson.required(b, "soHoSoLT"),
        DossierCode.parse(WireJson.required(b, "maHoSo")),
        state(WireJson.number(b, "trangThai", 0)),
        WireDates.parseOuter(WireJson.required(b, "thoiGianThucHien")),
        WireJson.text(b, "ghiChu"),
        WireJson.text(b, "nguoiXuLy"),
        WireJson.text(b, "chucDanh"),
        WireJson.text(b, "phongBanXuLy"),
        WireJson.text(b, "noiDungXuLy"),
        parse(b, "ngayBatDau"),
        parse(b, "ngayKetThucTheoQuyDinh"),
        parse(b, "ngayHenTraTruoc"),
        parse(b, "ngayHenTraMoi"),
        parse(b, "hanBoSungHoSo"),
        pdf == null ? null : Base64s.decode(pdf, "ketQuaXuLy.giayKhaiSinh"),
        WireJson.text(result, "maGiayToKetQua"));
  }

  private static String result(StatusUpdate u) {
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    byte[] pdf = u.certificatePdf();
    if (pdf != null) {
      r.put("giayKhaiSinh", Base64.getEncoder().encodeToString(pdf));
    }
    if (u.resultDocumentCode() != null) {
      r.put("maGiayToKetQua", u.resultDocumentCode());
    }
    return r.toString();
  }

  private static InterlinkedState state(int code) {
    for (InterlinkedState s : InterlinkedState.values()) {
      if (s.code() == code) {
        return s;
      }
    }
    throw new MalformedAnswerException("trangThai: unknown value " + code);
  }

  private static String time(LocalDateTime t) {
    return t == null ? "" : WireDates.outer(t);
  }

  private static LocalDateTime parse(JsonNode b, String field) {
    return WireDates.parseOuter(WireJson.text(b, field));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
