package vn.connector.civilregistry.model;

import java.util.Optional;
import vn.connector.core.AdministrativeUnitCode;

/**
 * An address as the civil registry records it: administrative-unit codes and a detail line (số nhà,
 * thôn, tổ). The district is optional: units of the two-level list in force from 1 July 2025 have
 * none. The codes' existence (province, district of that province, commune of that district or
 * province) is checked against the administrative-unit lists by the client before sending.
 *
 * <pre>{@code
 * Address before = Address.of("01", "001", "00001", "Số 5 ngõ 12 Phúc Xá");   // three levels
 * Address after = Address.of("01", "00004", "Số 5 ngõ 12");                   // two levels
 * }</pre>
 *
 * @param province province code (mã tỉnh), 2 digits
 * @param district district code (mã huyện), 3 digits, or null in the two-level list
 * @param commune commune code (mã xã), 5 digits
 * @param detail the street address (địa chỉ chi tiết), at most 300 characters; may be null
 */
public record Address(
    AdministrativeUnitCode province,
    AdministrativeUnitCode district,
    AdministrativeUnitCode commune,
    String detail) {

  public Address {
    requireLevel(province, AdministrativeUnitCode.Level.PROVINCE, "address.province");
    if (district != null) {
      requireLevel(district, AdministrativeUnitCode.Level.DISTRICT, "address.district");
    }
    requireLevel(commune, AdministrativeUnitCode.Level.COMMUNE, "address.commune");
    detail = Checks.optionalText(detail, "address.detail", 300);
  }

  /** A three-level address (before 1 July 2025). */
  public static Address of(String province, String district, String commune, String detail) {
    return new Address(
        AdministrativeUnitCode.parse(province),
        AdministrativeUnitCode.parse(district),
        AdministrativeUnitCode.parse(commune),
        detail);
  }

  /** A two-level address (from 1 July 2025: province and commune, no district). */
  public static Address of(String province, String commune, String detail) {
    return new Address(
        AdministrativeUnitCode.parse(province),
        null,
        AdministrativeUnitCode.parse(commune),
        detail);
  }

  public Optional<AdministrativeUnitCode> optionalDistrict() {
    return Optional.ofNullable(district);
  }

  private static void requireLevel(
      AdministrativeUnitCode code, AdministrativeUnitCode.Level level, String field) {
    if (code == null) {
      throw new NullPointerException(field);
    }
    if (code.level() != level) {
      throw new IllegalArgumentException(
          field + ": must be a " + level.name().toLowerCase() + " code, was " + code.value());
    }
  }

  /** Codes only: the detail line may name a person's home. */
  @Override
  public String toString() {
    return "Address["
        + province
        + (district == null ? "" : "/" + district)
        + "/"
        + commune
        + (detail == null ? "" : ", ***")
        + "]";
  }
}
