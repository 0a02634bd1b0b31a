package vn.connector.population.internal;

import vn.connector.core.BirthDate;
import vn.connector.core.CitizenId;
import vn.connector.core.Gender;
import vn.connector.core.internal.Text;
import vn.connector.population.internal.ws.answer.CongDan;
import vn.connector.population.internal.ws.answer.DiaChi;
import vn.connector.population.internal.ws.answer.HoVaTenDayDu;
import vn.connector.population.internal.ws.answer.NgayThangNamSinhTraLoi;
import vn.connector.population.internal.ws.answer.NguoiLienQuan;
import vn.connector.population.internal.ws.answer.ThongTinChuHo;
import vn.connector.population.model.Address;
import vn.connector.population.model.Citizen;
import vn.connector.population.model.CitizenName;
import vn.connector.population.model.HouseholdLink;
import vn.connector.population.model.Relative;

/**
 * Maps a {@code CongDan} of the answer onto the public {@link Citizen}. Tolerant: a value that does
 * not parse (an ID of the wrong length, a date that is no date) becomes null rather than failing
 * the whole answer, because the record is still useful without it.
 */
public final class AnswerMapper {

  private AnswerMapper() {}

  public static Citizen citizen(CongDan c) {
    return new Citizen(
        id(c.getSoDinhDanh()),
        id(c.getSoCMND()),
        name(c.getHoVaTen()),
        gender(c.getGioiTinh()),
        birthDate(c.getNgayThangNamSinh()),
        text(c.getDanToc()),
        text(c.getTonGiao()),
        text(c.getTinhTrangHonNhan()),
        text(c.getNhomMau()),
        text(c.getQuocTich()),
        text(c.getSoSoHoKhau()),
        address(c.getNoiDangKyKhaiSinh()),
        address(c.getQueQuan()),
        address(c.getThuongTru()),
        address(c.getNoiOHienTai()),
        relative(c.getCha()),
        relative(c.getMe()),
        relative(c.getVoChong()),
        relative(c.getNguoiDaiDien()),
        household(c.getChuHo()),
        text(c.getMaSoThue()),
        text(c.getThuDienTu()));
  }

  /** GioiTinh codes (modelled): 1 nam, 2 nữ, 0 or anything else không rõ. */
  public static Gender gender(String code) {
    String c = text(code);
    if ("1".equals(c)) {
      return Gender.MALE;
    }
    if ("2".equals(c)) {
      return Gender.FEMALE;
    }
    return Gender.UNKNOWN;
  }

  /**
   * A boolean as the services write it: {@code true}/{@code false}, sometimes {@code 1}/{@code 0}.
   */
  public static Boolean flag(String value) {
    String v = text(value);
    if (v == null) {
      return null;
    }
    if (v.equalsIgnoreCase("true") || v.equals("1")) {
      return Boolean.TRUE;
    }
    if (v.equalsIgnoreCase("false") || v.equals("0")) {
      return Boolean.FALSE;
    }
    throw new AnswerFormatException("not a boolean: " + v);
  }

  static BirthDate birthDate(NgayThangNamSinhTraLoi d) {
    if (d == null) {
      return null;
    }
    String full = text(d.getNgayThangNam());
    String year = text(d.getNam());
    try {
      if (isDigits(full, 8)) {
        return BirthDate.of(
            Integer.parseInt(full.substring(0, 4)),
            Integer.parseInt(full.substring(4, 6)),
            Integer.parseInt(full.substring(6, 8)));
      }
      if (isDigits(year, 4)) {
        return BirthDate.ofYear(Integer.parseInt(year));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }

  private static CitizenName name(HoVaTenDayDu n) {
    return n == null
        ? null
        : new CitizenName(text(n.getHo()), text(n.getChuDem()), text(n.getTen()));
  }

  private static Address address(DiaChi a) {
    return a == null
        ? null
        : new Address(
            text(a.getMaTinhThanh()),
            text(a.getMaQuanHuyen()),
            text(a.getMaPhuongXa()),
            text(a.getChiTiet()),
            text(a.getQuocGia()));
  }

  private static Relative relative(NguoiLienQuan p) {
    return p == null
        ? null
        : new Relative(
            text(p.getHoVaTen()), text(p.getQuocTich()), id(p.getSoDinhDanh()), id(p.getSoCMND()));
  }

  private static HouseholdLink household(ThongTinChuHo h) {
    return h == null
        ? null
        : new HouseholdLink(
            text(h.getQuanHe()), id(h.getSoDinhDanh()), id(h.getSoCMND()), text(h.getHoVaTen()));
  }

  static CitizenId id(String value) {
    String v = text(value);
    if (v == null) {
      return null;
    }
    try {
      return CitizenId.parse(v);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Trims and NFC-normalises; blank becomes null. */
  static String text(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Text.toNfc(value.strip());
  }

  /** Exactly {@code length} ASCII digits; a loop rather than a regex compiled on every answer. */
  private static boolean isDigits(String text, int length) {
    return text != null
        && text.length() == length
        && vn.connector.core.internal.Digits.all(text, 0, length);
  }
}
