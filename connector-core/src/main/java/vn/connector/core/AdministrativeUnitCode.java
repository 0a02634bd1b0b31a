package vn.connector.core;

/** Mã đơn vị hành chính: a province (2 digits), district (3 digits) or commune (5 digits) code. */
public record AdministrativeUnitCode(String value) {

  /** The level of the unit, told by the length of its code. */
  public enum Level {
    PROVINCE,
    DISTRICT,
    COMMUNE
  }

  public AdministrativeUnitCode {
    value = Identifiers.require(value, "administrativeUnitCode");
    if (!Identifiers.allDigits(value)
        || (value.length() != 2 && value.length() != 3 && value.length() != 5)) {
      throw new IllegalArgumentException(
          "administrativeUnitCode: must be 2 (province), 3 (district) or 5 (commune) digits");
    }
  }

  public static AdministrativeUnitCode parse(String value) {
    return new AdministrativeUnitCode(value);
  }

  public Level level() {
    return switch (value.length()) {
      case 2 -> Level.PROVINCE;
      case 3 -> Level.DISTRICT;
      default -> Level.COMMUNE;
    };
  }

  @Override
  public String toString() {
    return value;
  }
}
