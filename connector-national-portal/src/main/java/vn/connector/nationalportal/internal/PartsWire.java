package vn.connector.nationalportal.internal;

import static vn.connector.nationalportal.internal.WireValues.flag;
import static vn.connector.nationalportal.internal.WireValues.put;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.connector.nationalportal.model.Fee;
import vn.connector.nationalportal.model.OtherAttachment;
import vn.connector.nationalportal.model.ResultDocument;
import vn.connector.nationalportal.model.SubmittedDocument;
import vn.connector.nationalportal.model.Supplement;

/** The nested lists of {@code HoSo}, written. */
final class PartsWire {

  private PartsWire() {}

  static void documents(ArrayNode out, List<SubmittedDocument> docs) {
    for (SubmittedDocument d : docs) {
      ObjectNode n = out.addObject();
      n.put("TepDinhKemId", d.fileId());
      n.put("TenTepDinhKem", d.fileName());
      n.put("IsDeleted", d.deleted() ? "True" : "False");
      put(n, "MaThanhPhanHoSo", d.componentCode());
      put(n, "DuongDanTaiTepTin", d.url());
      flag(n, "DuocSoHoa", d.digitised());
      flag(n, "DuocTaiSuDung", d.reused());
      flag(n, "DuocLayTuKhoDMQG", d.fromNationalStore());
      put(n, "MaKetQuaThayThe", d.replacedResultCode());
    }
  }

  static void fees(ArrayNode out, List<Fee> fees) {
    for (Fee f : fees) {
      ObjectNode n = out.addObject();
      n.put("TenPhiLePhi", f.name());
      put(n, "MaPhiLePhi", f.code());
      put(n, "HinhThucThu", f.collectionMethod());
      n.put("Gia", Long.toString(f.amount()));
      put(n, "LoaiPhiLePhi", f.type());
    }
  }

  static void otherAttachments(ArrayNode out, List<OtherAttachment> others) {
    for (OtherAttachment o : others) {
      ObjectNode n = out.addObject();
      n.put("TenGiayTo", o.name());
      n.put("SoLuong", Integer.toString(o.count()));
      put(n, "LoaiGiayTo", o.type());
    }
  }

  static void supplements(ArrayNode out, List<Supplement> supplements) {
    for (Supplement s : supplements) {
      ObjectNode n = out.addObject();
      n.put("HoSoBoSungId", s.id());
      put(n, "NguoiYeuCauBoSung", s.requestedBy());
      n.put("NoiDungBoSung", s.content());
      put(n, "NgayBoSung", s.requestedAt());
      put(n, "NguoiTiepNhanBoSung", s.receivedBy());
      put(n, "ThongTinTiepNhan", s.receptionInfo());
      put(n, "NgayTiepNhanBoSung", s.receivedAt());
      put(n, "TrangThaiBoSung", s.status());
      documents(n.putArray("DanhSachGiayToBoSung"), s.documents());
      fees(n.putArray("DanhSachLePhiBoSung"), s.fees());
      put(n, "NgayHenTraTruoc", s.previousDue());
      put(n, "NgayHenTraMoi", s.newDue());
    }
  }

  static void results(ArrayNode out, List<ResultDocument> results) {
    for (ResultDocument r : results) {
      ObjectNode n = out.addObject();
      n.put("TenGiayTo", r.name());
      put(n, "MaThanhPhanHoSo", r.componentCode());
      n.put("GiayToId", r.documentId());
      put(n, "DuongDanTepTinKetQua", r.url());
      put(n, "MaGiayToKetQua", r.resultCode());
    }
  }
}
