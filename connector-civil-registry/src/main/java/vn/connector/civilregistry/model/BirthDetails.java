package vn.connector.civilregistry.model;

import java.time.LocalDate;

/**
 * The particulars of a birth registration other than the people: the birth notice (giấy chứng
 * sinh), the registration type, the number of extract copies, and a registration made abroad
 * earlier.
 *
 * <pre>{@code
 * BirthDetails details = BirthDetails.of("GCS-2026-001234", LocalDate.of(2026, 11, 21),
 *     CatalogueCode.of("1"), 2);
 * }</pre>
 *
 * @param birthNoticeNumber mã giấy chứng sinh, or null
 * @param birthNoticeDate ngày cấp giấy chứng sinh, or null
 * @param registrationType loại đăng ký
 * @param copies số lượng bản sao (extracts), 0 to 50
 * @param foreignNumber số đăng ký nước ngoài, or null
 * @param foreignDate ngày đăng ký nước ngoài, or null
 * @param foreignAuthority cơ quan nước ngoài đã đăng ký, or null
 * @param foreignCountry quốc gia nước ngoài đã đăng ký, or null
 */
public record BirthDetails(
    String birthNoticeNumber,
    LocalDate birthNoticeDate,
    CatalogueCode registrationType,
    int copies,
    String foreignNumber,
    LocalDate foreignDate,
    String foreignAuthority,
    CatalogueCode foreignCountry) {

  public BirthDetails {
    birthNoticeNumber = Checks.optionalText(birthNoticeNumber, "birth.birthNoticeNumber", 50);
    if (birthNoticeDate != null) {
      Dates.notFuture(birthNoticeDate, "birth.birthNoticeDate");
    }
    Checks.required(registrationType, "birth.registrationType");
    if (copies < 0 || copies > 50) {
      throw new IllegalArgumentException("birth.copies: must be 0-50, was " + copies);
    }
    foreignNumber = Checks.optionalText(foreignNumber, "birth.foreignNumber", 50);
    if (foreignDate != null) {
      Dates.notFuture(foreignDate, "birth.foreignDate");
    }
    foreignAuthority = Checks.optionalText(foreignAuthority, "birth.foreignAuthority", 200);
  }

  /** A first registration in Vietnam with a birth notice. */
  public static BirthDetails of(
      String birthNoticeNumber,
      LocalDate birthNoticeDate,
      CatalogueCode registrationType,
      int copies) {
    return new BirthDetails(
        birthNoticeNumber, birthNoticeDate, registrationType, copies, null, null, null, null);
  }
}
