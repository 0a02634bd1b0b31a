package vn.connector.payment.internal;

import java.util.List;
import vn.connector.core.internal.Hex;

/**
 * The checksum of every Payment Platform message (PhienBan 1.0.6): lowercase hex SHA-256 of the
 * listed fields joined with {@code |}, followed by {@code |} and the shared secret. The field lists
 * below are the contract's, in its order; the older HMAC variant is deliberately absent.
 */
public final class MaXacThuc {

  /** Fields of INIT, in signing order. */
  public static final List<String> INIT =
      List.of(
          "LoaiBanTin",
          "PhienBan",
          "MaDoiTac",
          "MaThamChieu",
          "SoTien",
          "LoaiHinhThanhToan",
          "MaKenhThanhToan",
          "MaThietBi",
          "NgonNgu",
          "MaTienTe",
          "MaNganHang",
          "ThongTinGiaoDich",
          "ThoiGianGD",
          "Ip");

  /** Fields of CONFIRM, in signing order. */
  public static final List<String> CONFIRM =
      List.of(
          "LoaiBanTin",
          "MaLoi",
          "MaDoiTac",
          "MaThamChieu",
          "SoTien",
          "MaTienTe",
          "MaGiaoDich",
          "MaNganHang",
          "ThoiGianGD",
          "ThongTinGiaoDich");

  /** Fields of QUERY and GET_BILL, in signing order. */
  public static final List<String> QUERY =
      List.of("LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "ThoiGianGD");

  private MaXacThuc() {}

  /** The checksum over {@code values} (already in signing order); a null value counts as empty. */
  public static String of(String secret, List<String> values) {
    StringBuilder joined = new StringBuilder();
    for (String value : values) {
      joined.append(value == null ? "" : value).append('|');
    }
    return Hex.sha256(joined.append(secret).toString());
  }
}
