package vn.connector.nationalportal.internal;

import static vn.connector.nationalportal.internal.WireValues.flag;
import static vn.connector.nationalportal.internal.WireValues.put;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import vn.connector.nationalportal.model.Fee;
import vn.connector.nationalportal.model.OtherAttachment;
import vn.connector.nationalportal.model.ResultDocument;
import vn.connector.nationalportal.model.SubmittedDocument;
import vn.connector.nationalportal.model.Supplement;

/** The nested lists of {@code HoSo}, written. */
final class PartsWire {

  private PartsWire() {}

  static void documents(JsonGenerator g, String field, List<SubmittedDocument> docs)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (SubmittedDocument d : docs) {
      g.writeStartObject();
      g.writeStringField("TepDinhKemId", d.fileId());
      g.writeStringField("TenTepDinhKem", d.fileName());
      g.writeStringField("IsDeleted", d.deleted() ? "True" : "False");
      put(g, "MaThanhPhanHoSo", d.componentCode());
      put(g, "DuongDanTaiTepTin", d.url());
      flag(g, "DuocSoHoa", d.digitised());
      flag(g, "DuocTaiSuDung", d.reused());
      flag(g, "DuocLayTuKhoDMQG", d.fromNationalStore());
      put(g, "MaKetQuaThayThe", d.replacedResultCode());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void fees(JsonGenerator g, String field, List<Fee> fees) throws IOException {
    g.writeArrayFieldStart(field);
    for (Fee f : fees) {
      g.writeStartObject();
      g.writeStringField("TenPhiLePhi", f.name());
      put(g, "MaPhiLePhi", f.code());
      put(g, "HinhThucThu", f.collectionMethod());
      g.writeStringField("Gia", Long.toString(f.amount()));
      put(g, "LoaiPhiLePhi", f.type());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void otherAttachments(JsonGenerator g, String field, List<OtherAttachment> others)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (OtherAttachment o : others) {
      g.writeStartObject();
      g.writeStringField("TenGiayTo", o.name());
      g.writeStringField("SoLuong", Integer.toString(o.count()));
      put(g, "LoaiGiayTo", o.type());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void supplements(JsonGenerator g, String field, List<Supplement> supplements)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (Supplement s : supplements) {
      g.writeStartObject();
      g.writeStringField("HoSoBoSungId", s.id());
      put(g, "NguoiYeuCauBoSung", s.requestedBy());
      g.writeStringField("NoiDungBoSung", s.content());
      put(g, "NgayBoSung", s.requestedAt());
      put(g, "NguoiTiepNhanBoSung", s.receivedBy());
      put(g, "ThongTinTiepNhan", s.receptionInfo());
      put(g, "NgayTiepNhanBoSung", s.receivedAt());
      put(g, "TrangThaiBoSung", s.status());
      documents(g, "DanhSachGiayToBoSung", s.documents());
      fees(g, "DanhSachLePhiBoSung", s.fees());
      put(g, "NgayHenTraTruoc", s.previousDue());
      put(g, "NgayHenTraMoi", s.newDue());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void results(JsonGenerator g, String field, List<ResultDocument> results)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (ResultDocument r : results) {
      g.writeStartObject();
      g.writeStringField("TenGiayTo", r.name());
      put(g, "MaThanhPhanHoSo", r.componentCode());
      g.writeStringField("GiayToId", r.documentId());
      put(g, "DuongDanTepTinKetQua", r.url());
      put(g, "MaGiayToKetQua", r.resultCode());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
