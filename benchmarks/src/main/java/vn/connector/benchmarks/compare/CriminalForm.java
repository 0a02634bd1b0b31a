package vn.connector.benchmarks.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * The hand-written {@code toKhai} of the LLTP submission, field by field in the SDK's order: absent
 * relatives, mandate and temporary address as empty strings, every value a string.
 */
final class CriminalForm {

  private CriminalForm() {}

  static void write(JsonGenerator g, String[] nationality, String[] ethnicity) throws IOException {
    applicant(g, nationality, ethnicity);
    family(g);
    g.writeArrayFieldStart("nycCuTru");
    g.writeStartObject();
    text(g, "tuNgay", "01/01/2004", "denNgay", "", "noiCuTru", "Bắc Giang");
    text(g, "ngheNghiep", "Kỹ sư", "noiLamViec", "Công ty A");
    g.writeEndObject();
    g.writeEndArray();
    text(g, "uyQuyen", "0", "uyQuyenHoTen", "", "nuqHoTen", "");
    text(g, "nuqNgaySinh", "", "nuqLoaiGiayTo", "", "nuqSoGiayTo", "");
    text(g, "nuqQuanHe", "", "nuqDienThoai", "", "thongTinAnTich", "Không có án tích");
  }

  /** The request and the applicant, codes already translated. */
  private static void applicant(JsonGenerator g, String[] nationality, String[] ethnicity)
      throws IOException {
    text(g, "loaiPhieu", "1", "maMucDich", "01", "tenMucDich", "Bổ sung hồ sơ xin việc");
    text(g, "mucDich", "Xin việc", "mucDichKhac", "", "soLuongCap", "1");
    text(g, "yeuCauCDNCV", "0", "ngayHenTra", "25/01/2024", "nycHoTen", "Nguyễn Văn An");
    text(g, "nycTenGoiKhac", "", "nycGioiTinh", "1", "nycTenGioiTinh", "Nam");
    g.writeStringField("nycNgaySinh", "15/01/1990");
    home(g, "nycNoiSinh");
    text(
        g,
        "nycNoiSinhNuocNgoai",
        "1",
        "nycLoaiGiayTo",
        "1",
        "nycTenLoaiGiayTo",
        "Căn cước công dân");
    text(g, "nycSoGiayTo", "024090012345", "nycNgayCapGiayTo", "02/04/2021");
    g.writeStringField("nycNoiCapGiayTo", "Cục Cảnh sát QLHC về TTXH");
    text(g, "nycQuocTich", nationality[0], "nycTenQuocTich", nationality[1]);
    text(g, "nycDanToc", ethnicity[0], "nycTenDanToc", ethnicity[1]);
    home(g, "nycThuongTru");
    g.writeObjectFieldStart("nycTamTru");
    text(g, "maTinhThanh", "", "tenTinhThanh", "", "maQuanHuyen", "");
    text(g, "tenQuanHuyen", "", "maPhuongXa", "", "tenPhuongXa", "");
    g.writeStringField("dcChiTiet", "");
    g.writeEndObject();
    text(g, "nycDienThoai", "0912345678", "nycEmail", "an@example.vn");
  }

  /** Father with a birth date, mother by name only, no spouse: absent values as "". */
  private static void family(JsonGenerator g) throws IOException {
    text(g, "nycHoTenCha", "Nguyễn Văn Cha", "chaNgaySinh", "06/05/1960", "chaLoaiGiayTo", "");
    text(g, "chaSoGiayTo", "", "nycHoTenMe", "Lê Thị Mẹ", "meNgaySinh", "");
    text(g, "meLoaiGiayTo", "", "meSoGiayTo", "", "nycHoTenVoChong", "");
    text(g, "voChongNgaySinh", "", "voChongLoaiGiayTo", "", "voChongSoGiayTo", "");
  }

  private static void home(JsonGenerator g, String field) throws IOException {
    g.writeObjectFieldStart(field);
    text(g, "maTinhThanh", CriminalCalls.PROVINCE, "tenTinhThanh", CriminalCalls.PROVINCE_NAME);
    text(g, "maQuanHuyen", "213", "tenQuanHuyen", "Thành phố Bắc Giang");
    text(g, "maPhuongXa", "07210", "tenPhuongXa", "Phường Trần Phú");
    g.writeStringField("dcChiTiet", "Số 5 Nguyễn Văn Cừ");
    g.writeEndObject();
  }

  /** Name-value pairs, in order. */
  private static void text(JsonGenerator g, String... pairs) throws IOException {
    for (int i = 0; i < pairs.length; i += 2) {
      g.writeStringField(pairs[i], pairs[i + 1]);
    }
  }
}
