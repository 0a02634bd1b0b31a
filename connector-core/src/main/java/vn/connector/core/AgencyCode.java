package vn.connector.core;

import java.util.regex.Pattern;

/**
 * Mã định danh điện tử của cơ quan, tổ chức (QĐ 20/2020/QĐ-TTg): dotted groups of letters and
 * digits such as {@code 000.00.01.H22} or {@code H56.14}.
 */
public record AgencyCode(String value) {

  private static final Pattern FORM = Pattern.compile("[0-9A-Z]{2,3}(\\.[0-9A-Z]{2,3}){1,3}");

  public AgencyCode {
    value = Identifiers.require(value, "agencyCode");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "agencyCode: must be dotted groups such as 000.00.01.H22 or H56.14");
    }
  }

  public static AgencyCode parse(String value) {
    return new AgencyCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
