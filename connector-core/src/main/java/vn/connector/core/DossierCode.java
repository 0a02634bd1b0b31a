package vn.connector.core;

import java.util.regex.Pattern;

/**
 * Mã hồ sơ: {@code {unit identifier}-{yyMMdd}-{sequence}}, the sequence zero-padded to at least 4
 * digits (it grows past 9999; one portal re-codes dossiers with a 5-digit random suffix), for
 * example {@code 000.00.01.H22-241115-0001}.
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
    int month = Integer.parseInt(m.group(2).substring(2, 4));
    int day = Integer.parseInt(m.group(2).substring(4, 6));
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      throw new IllegalArgumentException("dossierCode: the date part must be yyMMdd");
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
