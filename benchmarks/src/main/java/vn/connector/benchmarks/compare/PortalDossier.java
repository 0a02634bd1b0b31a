package vn.connector.benchmarks.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * The hand-written {@code HoSo} of the portal scenario, in the contract's order as the SDK writes
 * it: every value a string, absent values JSON null, absent lists {@code []}, times {@code
 * yyyyMMddHHmmss} in Vietnam's time.
 */
final class PortalDossier {

  private static final String SUBMITTED = "20240115090000";
  private static final String DUE = "20240118170000";

  private PortalDossier() {}

  static void write(JsonGenerator g, String code) throws IOException {
    g.writeStartObject();
    head(g, code);
    g.writeStringField("TrangThaiHoSo", "2");
    nulls(g, "NgayTra", "ThongTinTra");
    g.writeStringField("HinhThuc", "0");
    g.writeNullField("NgayKetThucXuLy");
    g.writeStringField("DonViXuLy", "UBND phường Thử Nghiệm");
    nulls(g, "GhiChu", "SoBienNhan");
    g.writeStringField("SoGiayToChuHoSo", "001090012345");
    g.writeStringField("NoiNopHoSo", "Bộ phận một cửa UBND phường Thử Nghiệm");
    g.writeStringField("HoSoCoThanhPhanSoHoa", "0");
    g.writeStringField("TaiKhoanDuocXacThucVoiVNeID", "0");
    nulls(g, "DuocThanhToanTrucTuyen", "NgayTuChoi");
    g.writeStringField("NgayNopHoSo", SUBMITTED);
    lists(g);
    g.writeEndObject();
  }

  /** The procedure, the applicant and the dates, up to the status. */
  private static void head(JsonGenerator g, String code) throws IOException {
    g.writeStringField("MaHoSo", code);
    g.writeStringField("MaTTHC", "1.001193");
    g.writeStringField("TenTTHC", "Thủ tục đăng ký khai sinh");
    g.writeStringField("MaLinhVuc", "G09-TP01");
    g.writeStringField("TenLinhVuc", "Hộ tịch");
    g.writeStringField("KenhThucHien", "1");
    g.writeStringField("ChuHoSo", "Nguyễn Văn An");
    g.writeStringField("LoaiDoiTuong", "1");
    nulls(g, "MaDoiTuong", "ThongTinKhac");
    g.writeStringField("Email", "an@example.vn");
    g.writeNullField("Fax");
    g.writeStringField("SoDienThoai", "0912345678");
    g.writeStringField("TrichYeuHoSo", "Đăng ký khai sinh cho con");
    g.writeStringField("NgayTiepNhan", SUBMITTED);
    g.writeStringField("NgayHenTra", DUE);
  }

  /** The applicant's ID, one fee, every other list empty. */
  private static void lists(JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("DinhDanhCHS");
    g.writeStartObject();
    g.writeStringField("LoaiDinhDanh", "1");
    g.writeStringField("SoDinhDanh", "001090012345");
    g.writeEndObject();
    g.writeEndArray();
    empty(g, "DSKetNoiCSDL", "TaiLieuNop");
    g.writeArrayFieldStart("DanhSachLePhi");
    g.writeStartObject();
    g.writeStringField("TenPhiLePhi", "Lệ phí đăng ký khai sinh");
    g.writeStringField("MaPhiLePhi", "LPKS");
    g.writeStringField("HinhThucThu", "Tiền mặt");
    g.writeStringField("Gia", "8000");
    g.writeStringField("LoaiPhiLePhi", "1");
    g.writeEndObject();
    g.writeEndArray();
    empty(g, "DanhSachTepDinhKemKhac", "DanhSachHoSoBoSung");
    empty(g, "DanhSachGiayToKetQua");
  }

  private static void nulls(JsonGenerator g, String... fields) throws IOException {
    for (String f : fields) {
      g.writeNullField(f);
    }
  }

  private static void empty(JsonGenerator g, String... fields) throws IOException {
    for (String f : fields) {
      g.writeArrayFieldStart(f);
      g.writeEndArray();
    }
  }
}
