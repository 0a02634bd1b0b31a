package vn.connector.business.model;

import java.util.Objects;

/**
 * A registered line of business (ngành nghề kinh doanh).
 *
 * @param vsicCode the VSIC code (mã ngành kinh tế Việt Nam), 4 or 5 digits, such as {@code "6201"}
 * @param name the Vietnamese name of the line, such as {@code "Lập trình máy vi tính"}
 * @param main whether this is the main line (ngành nghề chính)
 */
public record BusinessLine(String vsicCode, String name, boolean main) {

  public BusinessLine {
    Objects.requireNonNull(vsicCode, "vsicCode");
    if (!isVsic(vsicCode)) {
      throw new IllegalArgumentException("vsicCode: must be 4 or 5 digits, was '" + vsicCode + "'");
    }
    name = name == null ? "" : name;
  }

  /** 4 or 5 ASCII digits; a loop, since every line of every answer passes here. */
  private static boolean isVsic(String code) {
    if (code.length() < 4 || code.length() > 5) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
