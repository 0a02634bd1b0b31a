package vn.connector.postal.model;

import java.util.Objects;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.AdministrativeUnitCode.Level;
import vn.connector.core.AdministrativeUnits.Edition;

/**
 * Where a party is, in the administrative units of one edition of the list: a province and district
 * of 2025-03-01 (what VNPost's integers still use), or a province and commune of 2025-07-01 (what a
 * portal holding new-style addresses has). The client checks the codes against the list it ships
 * and, for a new-style location, finds the 2025-03-01 district VNPost expects; when a new commune
 * spans several old districts, {@link #withOldDistrict} says which one the address lies in.
 *
 * <pre>{@code
 * Location old = Location.before2025July(AdministrativeUnitCode.parse("24"), AdministrativeUnitCode.parse("213"));
 * Location now = Location.after2025July(AdministrativeUnitCode.parse("01"), AdministrativeUnitCode.parse("00004"));
 * }</pre>
 *
 * @param edition the list the codes are written in
 * @param province the province, of that list
 * @param district the 2025-03-01 district: required for that list, the optional choice among a new
 *     commune's old districts otherwise (null when not given)
 * @param commune the 2025-07-01 commune; null for a 2025-03-01 location
 */
public record Location(
    Edition edition,
    AdministrativeUnitCode province,
    AdministrativeUnitCode district,
    AdministrativeUnitCode commune) {

  public Location {
    Objects.requireNonNull(edition, "edition");
    requireLevel(Objects.requireNonNull(province, "province"), Level.PROVINCE, "province");
    if (edition == Edition.BEFORE_2025_07) {
      requireLevel(Objects.requireNonNull(district, "district"), Level.DISTRICT, "district");
      if (commune != null) {
        throw new IllegalArgumentException("commune: a 2025-03-01 location names no commune");
      }
    } else {
      requireLevel(Objects.requireNonNull(commune, "commune"), Level.COMMUNE, "commune");
      if (district != null) {
        requireLevel(district, Level.DISTRICT, "district");
      }
    }
  }

  /** A province and district of the 2025-03-01 list. */
  public static Location before2025July(
      AdministrativeUnitCode province, AdministrativeUnitCode district) {
    return new Location(Edition.BEFORE_2025_07, province, district, null);
  }

  /** A province and commune of the 2025-07-01 list. */
  public static Location after2025July(
      AdministrativeUnitCode province, AdministrativeUnitCode commune) {
    return new Location(Edition.FROM_2025_07, province, null, commune);
  }

  /**
   * This new-style location with the 2025-03-01 district its street address lies in, for a commune
   * formed from communes of several old districts.
   */
  public Location withOldDistrict(AdministrativeUnitCode oldDistrict) {
    if (edition != Edition.FROM_2025_07) {
      throw new IllegalStateException("a 2025-03-01 location names its district already");
    }
    return new Location(
        edition, province, Objects.requireNonNull(oldDistrict, "district"), commune);
  }

  private static void requireLevel(AdministrativeUnitCode code, Level level, String field) {
    if (code.level() != level) {
      throw new IllegalArgumentException(
          field + ": " + code + " is not a " + level.name().toLowerCase() + " code");
    }
  }
}
