package vn.connector.testkit.civilregistry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Registration records as the interlinked service carries them inside {@code <hoTich>}, written
 * field by field from civil-registry.md (not by the SDK's codec), so that reading them tests the
 * SDK against the contract. A value that is a map is an address.
 */
public final class SampleRecords {

  private SampleRecords() {}

  public static Map<String, Object> birth() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("maGCS", "GCS-2026-009876");
    r.put("ngayCapGCS", "22.11.2026");
    r.put("loaiDangKy", "1");
    r.put("noiDangKy", "00004");
    r.put("soLuongBanSao", "1");
    r.put("nksHoTen", "Đỗ Gia Bảo");
    r.put("nksGioiTinh", "2");
    r.put("nksNgaySinh", "21.11.2026");
    r.put("nksNoiSinh", address("01", "001", "00001", "Bệnh viện Phụ sản"));
    r.put("nksDanToc", "01");
    r.put("nksQuocTich", "VN");
    r.put("meHoTen", "Vũ Thị Lan");
    r.put("meNgaySinh", "05.06.1997");
    r.put("meDanToc", "01");
    r.put("meQuocTich", "VN");
    r.put("meLoaiCuTru", "1");
    r.put("meNoiCuTru", address("01", "", "00004", "Số 18 Hoàng Diệu"));
    r.put("meSoDDCN", "001197012345");
    r.put("meXacThucThongTin", "1");
    requester(r);
    return r;
  }

  public static Map<String, Object> death() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("maGBT", "GBT-2026-0077");
    r.put("nktHoTen", "Bùi Văn Tâm");
    r.put("nktGioiTinh", "1");
    r.put("nktNgaySinh", "1938");
    r.put("nktDanToc", "01");
    r.put("nktQuocTich", "VN");
    r.put("nktLoaiGiayToTuyThan", "1");
    r.put("nktSoGiayToTuyThan", "001038012345");
    r.put("nktNoiCuTru", address("01", "", "00004", "Số 2 Đội Cấn"));
    r.put("nktNgayChet", "27.11.2026");
    r.put("nktGioPhutChet", "06:15");
    r.put("nktNoiChet", address("01", "", "00004", "Tại nhà"));
    r.put("gbtLoai", "1");
    r.put("gbtSo", "77/GBT");
    r.put("gbtNgay", "27.11.2026");
    r.put("gbtCoQuanCap", "Trạm y tế phường Ba Đình");
    requester(r);
    return r;
  }

  private static void requester(Map<String, Object> r) {
    r.put("nycHoTen", "Đỗ Văn Hùng");
    r.put("nycQuanHe", "CHA");
    r.put("nycSoDienThoai", "0987654321");
    r.put("nycLoaiCuTru", "1");
    r.put("nycNoiCuTru", address("01", "", "00004", "Số 18 Hoàng Diệu"));
    r.put("nycLoaiGiayToTuyThan", "1");
    r.put("nycSoGiayToTuyThan", "001095012345");
  }

  private static Map<String, String> address(String p, String d, String c, String detail) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("maTinh", p);
    a.put("maHuyen", d);
    a.put("maXa", c);
    a.put("dcChiTiet", detail);
    return a;
  }
}
