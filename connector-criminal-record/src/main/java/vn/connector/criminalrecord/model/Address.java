package vn.connector.criminalrecord.model;

import vn.connector.core.internal.Digits;

/**
 * An address as the ministry keeps it: province, district and commune (code and name each) and the
 * detail (house number, street, hamlet). Codes are the administrative-unit codes; district may be
 * empty for addresses after the July 2025 reorganisation, which has two levels.
 *
 * <pre>{@code
 * Address home = new Address("24", "Bắc Giang", "213", "Thành phố Bắc Giang",
 *     "07210", "Phường Trần Phú", "Số 5, đường Nguyễn Văn Cừ");
 * }</pre>
 *
 * @param provinceCode mã tỉnh (2 digits), required
 * @param provinceName tên tỉnh
 * @param districtCode mã quận/huyện (3 digits) or empty
 * @param districtName tên quận/huyện or empty
 * @param communeCode mã phường/xã (5 digits) or empty
 * @param communeName tên phường/xã or empty
 * @param detail địa chỉ chi tiết, required
 */
public record Address(
    String provinceCode,
    String provinceName,
    String districtCode,
    String districtName,
    String communeCode,
    String communeName,
    String detail) {

  public Address {
    provinceCode = digits(provinceCode, 2, "provinceCode");
    provinceName = Fields.optional(provinceName, "provinceName");
    districtCode =
        districtCode == null || districtCode.isBlank()
            ? ""
            : digits(districtCode, 3, "districtCode");
    districtName = Fields.optional(districtName, "districtName");
    communeCode =
        communeCode == null || communeCode.isBlank() ? "" : digits(communeCode, 5, "communeCode");
    communeName = Fields.optional(communeName, "communeName");
    detail = Fields.required(detail, "detail");
  }

  private static String digits(String value, int length, String field) {
    String text = Fields.required(value, field);
    if (text.length() != length || !Digits.all(text, 0, length)) {
      throw new IllegalArgumentException(field + ": must be " + length + " digits");
    }
    return text;
  }

  /** The detail masked: an address is personal data. */
  @Override
  public String toString() {
    return "Address[" + provinceCode + ", " + communeCode + ", " + detail.charAt(0) + "***]";
  }
}
