package vn.connector.nationalportal.internal;

import static vn.connector.nationalportal.internal.DossierReader.list;
import static vn.connector.nationalportal.internal.WireValues.amount;
import static vn.connector.nationalportal.internal.WireValues.bool;
import static vn.connector.nationalportal.internal.WireValues.integer;
import static vn.connector.nationalportal.internal.WireValues.text;
import static vn.connector.nationalportal.internal.WireValues.time;

import com.fasterxml.jackson.databind.JsonNode;
import vn.connector.nationalportal.model.Fee;
import vn.connector.nationalportal.model.OtherAttachment;
import vn.connector.nationalportal.model.ResultDocument;
import vn.connector.nationalportal.model.SubmittedDocument;
import vn.connector.nationalportal.model.Supplement;

/** The nested lists of {@code HoSo}, read. */
final class PartsReader {

  private PartsReader() {}

  static SubmittedDocument document(JsonNode n) {
    return new SubmittedDocument(
        text(n, "TepDinhKemId"),
        text(n, "TenTepDinhKem"),
        bool(n, "IsDeleted"),
        text(n, "MaThanhPhanHoSo"),
        text(n, "DuongDanTaiTepTin"),
        bool(n, "DuocSoHoa"),
        bool(n, "DuocTaiSuDung"),
        bool(n, "DuocLayTuKhoDMQG"),
        text(n, "MaKetQuaThayThe"));
  }

  static Fee fee(JsonNode n) {
    return new Fee(
        text(n, "TenPhiLePhi"),
        text(n, "MaPhiLePhi"),
        text(n, "HinhThucThu"),
        amount(n, "Gia"),
        text(n, "LoaiPhiLePhi"));
  }

  static OtherAttachment otherAttachment(JsonNode n) {
    return new OtherAttachment(
        text(n, "TenGiayTo"), integer(n, "SoLuong", 1), text(n, "LoaiGiayTo"));
  }

  static Supplement supplement(JsonNode n) {
    return new Supplement(
        text(n, "HoSoBoSungId"),
        text(n, "NguoiYeuCauBoSung"),
        text(n, "NoiDungBoSung"),
        time(n, "NgayBoSung"),
        text(n, "NguoiTiepNhanBoSung"),
        text(n, "ThongTinTiepNhan"),
        time(n, "NgayTiepNhanBoSung"),
        text(n, "TrangThaiBoSung"),
        list(n.get("DanhSachGiayToBoSung"), PartsReader::document),
        list(n.get("DanhSachLePhiBoSung"), PartsReader::fee),
        time(n, "NgayHenTraTruoc"),
        time(n, "NgayHenTraMoi"));
  }

  static ResultDocument result(JsonNode n) {
    return new ResultDocument(
        text(n, "TenGiayTo"),
        text(n, "MaThanhPhanHoSo"),
        text(n, "GiayToId"),
        text(n, "DuongDanTepTinKetQua"),
        text(n, "MaGiayToKetQua"));
  }
}
