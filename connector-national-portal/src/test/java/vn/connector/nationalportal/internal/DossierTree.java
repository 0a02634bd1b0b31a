package vn.connector.nationalportal.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import vn.connector.core.internal.Json;
import vn.connector.nationalportal.model.Applicant;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.nationalportal.model.DossierDates;
import vn.connector.nationalportal.model.Fee;
import vn.connector.nationalportal.model.IdentityNumber;
import vn.connector.nationalportal.model.OtherAttachment;
import vn.connector.nationalportal.model.ResultDocument;
import vn.connector.nationalportal.model.SubmittedDocument;
import vn.connector.nationalportal.model.Supplement;

/**
 * The dossier as the wire layer built it before it was written field by field: a Jackson tree. Kept
 * here only as the reference the streaming writer is compared with.
 */
final class DossierTree {

  private DossierTree() {}

  private static void put(ObjectNode node, String field, String value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  private static void put(ObjectNode node, String field, Instant value) {
    put(node, field, PortalTime.format(value));
  }

  private static void flag(ObjectNode node, String field, boolean value) {
    node.put(field, value ? "1" : "0");
  }

  static ObjectNode dossier(Dossier d) {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("MaHoSo", d.code().value());
    n.put("MaTTHC", d.procedure().code().value());
    n.put("TenTTHC", d.procedure().name());
    n.put("MaLinhVuc", d.procedure().fieldCode());
    n.put("TenLinhVuc", d.procedure().fieldName());
    n.put("KenhThucHien", d.channel().code());
    Applicant a = d.applicant();
    n.put("ChuHoSo", a.name());
    n.put("LoaiDoiTuong", a.kind().code());
    put(n, "MaDoiTuong", a.techId());
    put(n, "ThongTinKhac", d.otherInfo());
    put(n, "Email", a.email());
    put(n, "Fax", a.fax());
    put(n, "SoDienThoai", a.phone());
    n.put("TrichYeuHoSo", d.summary());
    DossierDates t = d.dates();
    put(n, "NgayTiepNhan", t.received());
    put(n, "NgayHenTra", t.due());
    n.put("TrangThaiHoSo", d.status().code());
    put(n, "NgayTra", t.returned());
    put(n, "ThongTinTra", d.resultInfo());
    n.put("HinhThuc", d.resultDelivery().code());
    put(n, "NgayKetThucXuLy", t.processingEnded());
    n.put("DonViXuLy", d.handlingUnit());
    put(n, "GhiChu", d.note());
    put(n, "SoBienNhan", d.receiptNumber());
    put(n, "SoGiayToChuHoSo", a.documentNumber());
    n.put("NoiNopHoSo", d.submissionPlace());
    flag(n, "HoSoCoThanhPhanSoHoa", d.digitised());
    flag(n, "TaiKhoanDuocXacThucVoiVNeID", a.vneidVerified());
    put(n, "DuocThanhToanTrucTuyen", d.onlinePayment() == null ? null : d.onlinePayment().code());
    put(n, "NgayTuChoi", t.refused());
    put(n, "NgayNopHoSo", t.submitted());
    ArrayNode ids = n.putArray("DinhDanhCHS");
    for (IdentityNumber id : a.identities()) {
      ids.addObject().put("LoaiDinhDanh", id.type()).put("SoDinhDanh", id.number());
    }
    ArrayNode dbs = n.putArray("DSKetNoiCSDL");
    d.connectedDatabases().forEach(db -> dbs.addObject().put("MaCSDL", db.code()));
    documents(n.putArray("TaiLieuNop"), d.documents());
    fees(n.putArray("DanhSachLePhi"), d.fees());
    otherAttachments(n.putArray("DanhSachTepDinhKemKhac"), d.otherAttachments());
    supplements(n.putArray("DanhSachHoSoBoSung"), d.supplements());
    results(n.putArray("DanhSachGiayToKetQua"), d.resultDocuments());
    return n;
  }

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
