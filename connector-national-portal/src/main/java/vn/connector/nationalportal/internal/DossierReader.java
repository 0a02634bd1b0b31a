package vn.connector.nationalportal.internal;

import static vn.connector.nationalportal.internal.WireValues.bool;
import static vn.connector.nationalportal.internal.WireValues.text;
import static vn.connector.nationalportal.internal.WireValues.time;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.connector.core.DossierCode;
import vn.connector.core.ProcedureCode;
import vn.connector.nationalportal.model.Applicant;
import vn.connector.nationalportal.model.ApplicantKind;
import vn.connector.nationalportal.model.Channel;
import vn.connector.nationalportal.model.ConnectedDatabase;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.nationalportal.model.DossierDates;
import vn.connector.nationalportal.model.DossierProcedure;
import vn.connector.nationalportal.model.DossierStatus;
import vn.connector.nationalportal.model.IdentityNumber;
import vn.connector.nationalportal.model.OnlinePayment;
import vn.connector.nationalportal.model.ResultDelivery;

/**
 * A {@code HoSo} object read back ({@code TraCuuHoSo}) into a {@link Dossier}. Strings or numbers
 * are both accepted; a value the model refuses ends the read with an IllegalArgumentException
 * naming the field, which the calls layer reports as an unreadable answer.
 */
public final class DossierReader {

  private DossierReader() {}

  public static Dossier read(JsonNode n) {
    Applicant applicant =
        new Applicant(
            text(n, "ChuHoSo"),
            ApplicantKind.fromCode(text(n, "LoaiDoiTuong")),
            text(n, "MaDoiTuong"),
            text(n, "SoGiayToChuHoSo"),
            list(
                n.get("DinhDanhCHS"),
                i -> new IdentityNumber(text(i, "LoaiDinhDanh"), text(i, "SoDinhDanh"))),
            text(n, "Email"),
            text(n, "Fax"),
            text(n, "SoDienThoai"),
            bool(n, "TaiKhoanDuocXacThucVoiVNeID"));
    DossierDates dates =
        new DossierDates(
            time(n, "NgayNopHoSo"),
            time(n, "NgayTiepNhan"),
            time(n, "NgayHenTra"),
            time(n, "NgayKetThucXuLy"),
            time(n, "NgayTra"),
            time(n, "NgayTuChoi"));
    String payment = text(n, "DuocThanhToanTrucTuyen");
    String delivery = text(n, "HinhThuc");
    return Dossier.builder(DossierCode.parse(text(n, "MaHoSo")))
        .procedure(
            new DossierProcedure(
                ProcedureCode.parse(text(n, "MaTTHC")),
                text(n, "TenTTHC"),
                text(n, "MaLinhVuc"),
                text(n, "TenLinhVuc")))
        .channel(Channel.fromCode(text(n, "KenhThucHien")))
        .applicant(applicant)
        .summary(text(n, "TrichYeuHoSo"))
        .status(DossierStatus.fromCode(text(n, "TrangThaiHoSo")))
        .dates(dates)
        .resultDelivery(delivery == null ? null : ResultDelivery.fromCode(delivery))
        .resultInfo(text(n, "ThongTinTra"))
        .handlingUnit(text(n, "DonViXuLy"))
        .submissionPlace(text(n, "NoiNopHoSo"))
        .receiptNumber(text(n, "SoBienNhan"))
        .note(text(n, "GhiChu"))
        .otherInfo(text(n, "ThongTinKhac"))
        .digitised(bool(n, "HoSoCoThanhPhanSoHoa"))
        .onlinePayment(payment == null ? null : OnlinePayment.fromCode(payment))
        .documents(list(n.get("TaiLieuNop"), PartsReader::document))
        .fees(list(n.get("DanhSachLePhi"), PartsReader::fee))
        .otherAttachments(list(n.get("DanhSachTepDinhKemKhac"), PartsReader::otherAttachment))
        .supplements(list(n.get("DanhSachHoSoBoSung"), PartsReader::supplement))
        .resultDocuments(list(n.get("DanhSachGiayToKetQua"), PartsReader::result))
        .connectedDatabases(
            list(n.get("DSKetNoiCSDL"), i -> new ConnectedDatabase(text(i, "MaCSDL"))))
        .build();
  }

  /** The items of a JSON array (absent or null reads as empty). */
  static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
    List<T> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(i -> out.add(item.apply(i)));
    }
    return out;
  }
}
