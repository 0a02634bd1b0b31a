package vn.connector.criminalrecord.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * maTinh and tenTinh, which every body carries.
 *
 * @param code the province's 2-digit code
 * @param name its name
 */
public record Province(String code, String name) {

  private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

  public Province {
    Objects.requireNonNull(code, "provinceCode");
    Objects.requireNonNull(name, "provinceName");
    if (!TWO_DIGITS.matcher(code).matches()) {
      throw new IllegalArgumentException("provinceCode: must be 2 digits, was " + code);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("provinceName: must not be blank");
    }
  }
}
