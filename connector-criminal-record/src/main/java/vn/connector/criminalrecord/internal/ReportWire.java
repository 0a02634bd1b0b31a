package vn.connector.criminalrecord.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import vn.connector.core.internal.Json;
import vn.connector.criminalrecord.model.CertificateType;
import vn.connector.criminalrecord.model.ResultReport;

/**
 * The body of {@code POST /v2/lyLichTuPhap/traKetQuaHoSoLLTP} without {@code authKey}. Reading
 * (modelled): {@code thongTinAn} and {@code dsCDNCV} are arrays of strings, one line each; absent
 * values are empty strings, as everywhere on this system.
 */
public final class ReportWire {

  public static final String PATH = "/v2/lyLichTuPhap/traKetQuaHoSoLLTP";

  private static final String[] STATE_NAMES = {
    "Mới đăng ký",
    "Được tiếp nhận",
    "Không được tiếp nhận",
    "Đang xử lý",
    "Yêu cầu bổ sung",
    "Yêu cầu thực hiện nghĩa vụ tài chính",
    "Công dân yêu cầu rút",
    "Dừng xử lý",
    "Đã xử lý xong",
    "Đã trả kết quả"
  };

  private ReportWire() {}

  public static ObjectNode body(ResultReport r, Province province) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("maTinh", province.code());
    root.put("tenTinh", province.name());
    root.put("maHoSoMCDT", r.dossierCode().value());
    root.put("trangThaiXuLy", Integer.toString(r.state().code()));
    root.put("tenTrangThaiXuLy", STATE_NAMES[r.state().code() - 1]);
    root.put("lyDoTuChoi", r.refusalReason());
    root.put("ngayHenTraKetQua", WireDates.format(r.dueOn()));
    root.put("type", r.kind() == ResultReport.Kind.RESULT ? "ketqua" : "thuhoi");
    ObjectNode result = root.putObject("ketQuaXuLy");
    ResultReport.Details d = r.details();
    if (d != null) {
      details(result, d);
    }
    return root;
  }

  private static void details(ObjectNode out, ResultReport.Details d) {
    out.put("soPhieuLLTP", d.number());
    out.put("ngayCapPhieu", WireDates.format(d.issuedOn()));
    out.put("loaiPhieu", d.type() == CertificateType.TYPE_1 ? "1" : "2");
    out.put("nguoiLapPhieu", d.preparedBy());
    out.put("nguoiKy", d.signedBy());
    out.put("chucVu", d.signerTitle());
    out.put("tinhTrangAnTich", d.criminalStatus());
    out.put("tenTinhTrangAnTich", d.criminalStatusName());
    out.put("thongTinCDNCV", d.banInformation());
    out.put("tenThongTinCDNCV", d.banInformationName());
    ArrayNode sentences = out.putArray("thongTinAn");
    d.sentences().forEach(sentences::add);
    ArrayNode bans = out.putArray("dsCDNCV");
    d.bans().forEach(bans::add);
    out.put("phieuLLTP", base64(d.certificate()));
    out.put("quyetDinhThuHoi", base64(d.withdrawalDecision()));
  }

  private static String base64(byte[] bytes) {
    return bytes == null ? "" : Base64.getEncoder().encodeToString(bytes);
  }
}
