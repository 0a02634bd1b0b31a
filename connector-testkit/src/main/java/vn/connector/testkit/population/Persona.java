package vn.connector.testkit.population;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.text.Normalizer;

/**
 * A made-up citizen the population simulator knows, in the simulator's own JSON format (field names
 * are the wire's, in camel case). Either {@code soDinhDanh} or {@code soCMND} (or both) is set;
 * either {@code ngayThangNam} (yyyyMMdd) or only {@code nam} (yyyy). {@code ngayChet} marks a
 * deceased person (the simulator sends it as an extra element that the SDK ignores).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Persona(
    String soDinhDanh,
    String soCMND,
    String ho,
    String chuDem,
    String ten,
    String gioiTinh,
    String ngayThangNam,
    String nam,
    String danToc,
    String tonGiao,
    String tinhTrangHonNhan,
    String nhomMau,
    String quocTich,
    String soSoHoKhau,
    String quanHe,
    Place noiDangKyKhaiSinh,
    Place queQuan,
    Place thuongTru,
    Place noiOHienTai,
    Kin cha,
    Kin me,
    Kin voChong,
    Kin nguoiDaiDien,
    String maSoThue,
    String thuDienTu,
    String ngayChet) {

  public Persona {
    // Stored names may come NFD-encoded (macOS, scanners): normalise once, at load.
    ho = nfc(ho);
    chuDem = nfc(chuDem);
    ten = nfc(ten);
    if (soDinhDanh == null && soCMND == null) {
      throw new IllegalArgumentException("persona: needs soDinhDanh or soCMND");
    }
    if (ngayThangNam == null && nam == null) {
      throw new IllegalArgumentException("persona: needs ngayThangNam or nam");
    }
  }

  /** An address in a persona. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Place(
      String maTinhThanh, String maQuanHuyen, String maPhuongXa, String chiTiet, String quocGia) {}

  /** A relative named in a persona. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Kin(String hoVaTen, String quocTich, String soDinhDanh, String soCMND) {}

  /** Full name: the parts joined by single spaces. */
  public String hoVaTen() {
    StringBuilder out = new StringBuilder();
    for (String part : new String[] {ho, chuDem, ten}) {
      if (part != null && !part.isBlank()) {
        out.append(out.length() == 0 ? "" : " ").append(part.strip());
      }
    }
    return out.toString();
  }

  /** Year of birth, whether the record has a full date or the year only. */
  public String birthYear() {
    return ngayThangNam != null ? ngayThangNam.substring(0, 4) : nam;
  }

  private static String nfc(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
