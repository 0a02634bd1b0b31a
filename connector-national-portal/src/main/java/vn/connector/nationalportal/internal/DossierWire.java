package vn.connector.nationalportal.internal;

import static vn.connector.nationalportal.internal.WireValues.flag;
import static vn.connector.nationalportal.internal.WireValues.put;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 */
public final class DossierWire {

  private DossierWire() {}

  public static ObjectNode write(Dossier d) {
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
    PartsWire.documents(n.putArray("TaiLieuNop"), d.documents());
    PartsWire.fees(n.putArray("DanhSachLePhi"), d.fees());
    PartsWire.otherAttachments(n.putArray("DanhSachTepDinhKemKhac"), d.otherAttachments());
    PartsWire.supplements(n.putArray("DanhSachHoSoBoSung"), d.supplements());
    PartsWire.results(n.putArray("DanhSachGiayToKetQua"), d.resultDocuments());
    return n;
  }
}
