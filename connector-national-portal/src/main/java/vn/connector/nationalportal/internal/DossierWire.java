package vn.connector.nationalportal.internal;

import static vn.connector.nationalportal.internal.WireValues.flag;
import static vn.connector.nationalportal.internal.WireValues.put;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import vn.connector.core.internal.Json;
import vn.connector.nationalportal.model.Applicant;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.nationalportal.model.DossierDates;
import vn.connector.nationalportal.model.IdentityNumber;

/**
 * A {@link Dossier} as the {@code HoSo} object of the contract: every value a string, in the
 * contract's order; absent values as JSON null, absent lists as {@code []}. The same object goes
 * into {@code DongBoHoSoMC}'s {@code data} (style A) and the plain arrays (style B).
 *
 * <p>Flag readings (modelled where the contract shows no values): {@code IsDeleted} {@code
 * "True"}/{@code "False"} as shown; {@code HoSoCoThanhPhanSoHoa} {@code "0"}/{@code "1"} as shown;
 * {@code DuocSoHoa}, {@code DuocTaiSuDung}, {@code DuocLayTuKhoDMQG} and {@code
 * TaiKhoanDuocXacThucVoiVNeID} {@code "0"}/{@code "1"} like it.
 *
 * <p>Written field by field to a generator, not built as a tree first: the tree was a fifth of a
 * dossier sync's CPU with its writing (issue 16).
 */
public final class DossierWire {

  private DossierWire() {}

  /** Writes the {@code HoSo} object of {@code d} to {@code g}. */
  public static void write(Dossier d, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("MaHoSo", d.code().value());
    g.writeStringField("MaTTHC", d.procedure().code().value());
    g.writeStringField("TenTTHC", d.procedure().name());
    g.writeStringField("MaLinhVuc", d.procedure().fieldCode());
    g.writeStringField("TenLinhVuc", d.procedure().fieldName());
    g.writeStringField("KenhThucHien", d.channel().code());
    Applicant a = d.applicant();
    g.writeStringField("ChuHoSo", a.name());
    g.writeStringField("LoaiDoiTuong", a.kind().code());
    put(g, "MaDoiTuong", a.techId());
    put(g, "ThongTinKhac", d.otherInfo());
    put(g, "Email", a.email());
    put(g, "Fax", a.fax());
    put(g, "SoDienThoai", a.phone());
    g.writeStringField("TrichYeuHoSo", d.summary());
    DossierDates t = d.dates();
    put(g, "NgayTiepNhan", t.received());
    put(g, "NgayHenTra", t.due());
    g.writeStringField("TrangThaiHoSo", d.status().code());
    put(g, "NgayTra", t.returned());
    put(g, "ThongTinTra", d.resultInfo());
    g.writeStringField("HinhThuc", d.resultDelivery().code());
    put(g, "NgayKetThucXuLy", t.processingEnded());
    g.writeStringField("DonViXuLy", d.handlingUnit());
    put(g, "GhiChu", d.note());
    put(g, "SoBienNhan", d.receiptNumber());
    put(g, "SoGiayToChuHoSo", a.documentNumber());
    g.writeStringField("NoiNopHoSo", d.submissionPlace());
    flag(g, "HoSoCoThanhPhanSoHoa", d.digitised());
    flag(g, "TaiKhoanDuocXacThucVoiVNeID", a.vneidVerified());
    put(g, "DuocThanhToanTrucTuyen", d.onlinePayment() == null ? null : d.onlinePayment().code());
    put(g, "NgayTuChoi", t.refused());
    put(g, "NgayNopHoSo", t.submitted());
    g.writeArrayFieldStart("DinhDanhCHS");
    for (IdentityNumber id : a.identities()) {
      g.writeStartObject();
      g.writeStringField("LoaiDinhDanh", id.type());
      g.writeStringField("SoDinhDanh", id.number());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("DSKetNoiCSDL");
    for (var db : d.connectedDatabases()) {
      g.writeStartObject();
      g.writeStringField("MaCSDL", db.code());
      g.writeEndObject();
    }
    g.writeEndArray();
    PartsWire.documents(g, "TaiLieuNop", d.documents());
    PartsWire.fees(g, "DanhSachLePhi", d.fees());
    PartsWire.otherAttachments(g, "DanhSachTepDinhKemKhac", d.otherAttachments());
    PartsWire.supplements(g, "DanhSachHoSoBoSung", d.supplements());
    PartsWire.results(g, "DanhSachGiayToKetQua", d.resultDocuments());
    g.writeEndObject();
  }

  /**
   * The {@code HoSo} object of {@code d} as a tree (the outbox's payload), from the same writer, so
   * the two cannot differ.
   */
  public static ObjectNode write(Dossier d) {
    return (ObjectNode) Json.tree(g -> write(d, g));
  }
}
