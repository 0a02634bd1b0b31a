package vn.connector.civilregistry.internal;

import vn.connector.civilregistry.model.RegistrationKind;
import vn.connector.core.Gender;

/**
 * The civil registry's code values in one place.
 *
 * <p>Modelled: the gender codes ({@code 1} nam, {@code 2} nữ, {@code 3} chưa xác định) follow the
 * registry's paper forms, the contract not naming them; {@code XacThucThongTin} travels as {@code
 * "1"} or {@code "0"}.
 */
public final class WireCodes {

  private WireCodes() {}

  public static String module(RegistrationKind kind) {
    return switch (kind) {
      case BIRTH -> "LTKS";
      case DEATH -> "LTKT";
      case MARRIAGE -> "LTKH";
    };
  }

  /**
   * The kind of a module: {@code LTKS}/{@code LTKT}/{@code LTKH}, or DVCLT's {@code KS}/{@code KT}.
   */
  public static RegistrationKind kind(String module) {
    String m = module == null ? "" : module.strip().toUpperCase(java.util.Locale.ROOT);
    return switch (m) {
      case "LTKS", "KS" -> RegistrationKind.BIRTH;
      case "LTKT", "KT" -> RegistrationKind.DEATH;
      case "LTKH", "KH" -> RegistrationKind.MARRIAGE;
      default -> throw new IllegalArgumentException("module: unknown value '" + module + "'");
    };
  }

  public static String gender(Gender gender) {
    return switch (gender) {
      case MALE -> "1";
      case FEMALE -> "2";
      case UNKNOWN -> "3";
    };
  }

  public static Gender gender(String code) {
    return switch (code == null ? "" : code.strip()) {
      case "1" -> Gender.MALE;
      case "2" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  public static String flag(boolean value) {
    return value ? "1" : "0";
  }

  public static boolean flag(String value) {
    return "1".equals(value) || "true".equalsIgnoreCase(value);
  }
}
