package vn.connector.criminalrecord.internal;

import java.util.Objects;

/**
 * maTinh and tenTinh, which every body carries.
 *
 * @param code the province's 2-digit code
 * @param name its name
 */
public record Province(String code, String name) {
  public Province {
    Objects.requireNonNull(code, "provinceCode");
    Objects.requireNonNull(name, "provinceName");
    if (!code.matches("\\d{2}")) {
      throw new IllegalArgumentException("provinceCode: must be 2 digits, was " + code);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("provinceName: must not be blank");
    }
  }
}
