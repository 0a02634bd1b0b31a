package vn.connector.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Mã hồ sơ: {@code {unit identifier}-{yyMMdd}-{sequence}}, the sequence zero-padded to at least 4
 * digits (it grows past 9999; one portal re-codes dossiers with a 5-digit random suffix), for
 * example {@code 000.00.01.H22-241115-0001}. The unit part must be an agency code ({@link
 * AgencyCode}) and the date a real day.
 */
public record DossierCode(String value) {

  private static final Pattern FORM = Pattern.compile("(.+)-([0-9]{6})-([0-9]{4,})");

  public DossierCode {
    value = Identifiers.require(value, "dossierCode");
    var m = FORM.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "dossierCode: must be {unit}-{yyMMdd}-{sequence of 4+ digits}, such as 000.00.01.H22-241115-0001");
    }
    try {
      AgencyCode.parse(m.group(1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "dossierCode: the unit part must be an agency code such as 000.00.01.H22");
    }
    String date = m.group(2);
    try {
      // yy is this century's: dossiers are recent, and 29 February needs the real year.
      LocalDate.of(
          2000 + Integer.parseInt(date.substring(0, 2)),
          Integer.parseInt(date.substring(2, 4)),
          Integer.parseInt(date.substring(4, 6)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("dossierCode: the date part is not a day (yyMMdd)");
    }
  }

  public static DossierCode parse(String value) {
    return new DossierCode(value);
  }

  /** The unit identifier part (mã định danh đơn vị). */
  public String unit() {
    return value.substring(0, value.length() - sequence().length() - 8);
  }

  /** The sequence part. */
  public String sequence() {
    return value.substring(value.lastIndexOf('-') + 1);
  }

  @Override
  public String toString() {
    return value;
  }
}
