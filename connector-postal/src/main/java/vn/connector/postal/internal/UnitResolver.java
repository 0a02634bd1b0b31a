package vn.connector.postal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.AdministrativeUnits;
import vn.connector.core.AdministrativeUnits.Edition;
import vn.connector.core.AdministrativeUnits.Unit;
import vn.connector.postal.model.Location;

/**
 * Checks a location against the lists shipped in this module and finds the 2025-03-01 province and
 * district VNPost's {@code SenderProvince}/{@code SenderDistrict} integers still use. Immutable;
 * the lists are read once per JVM.
 */
public final class UnitResolver {

  /** A province and district of 2025-03-01, as VNPost numbers them. */
  public record VnPostUnits(AdministrativeUnitCode province, AdministrativeUnitCode district) {
    public int provinceNumber() {
      return Integer.parseInt(province.value());
    }

    public int districtNumber() {
      return Integer.parseInt(district.value());
    }
  }

  private static final String DIR = "/vn/connector/postal/admin-units/";

  private final AdministrativeUnits old;
  private final AdministrativeUnits current;

  private UnitResolver(AdministrativeUnits old, AdministrativeUnits current) {
    this.old = old;
    this.current = current;
  }

  /** The lists shipped in the module: 2025-03-01, 2025-07-01 and the mapping between them. */
  public static UnitResolver shipped() {
    return Shipped.INSTANCE;
  }

  public AdministrativeUnits before2025July() {
    return old;
  }

  public AdministrativeUnits after2025July() {
    return current;
  }

  /**
   * The VNPost units of {@code location}.
   *
   * @param field names the location in errors, such as {@code receiver}
   * @throws IllegalArgumentException starting with the field, when a code is not in its list, a
   *     unit is not inside the one above it, or a new commune spans several old districts and the
   *     location does not say which one
   */
  public VnPostUnits resolve(Location location, String field) {
    Objects.requireNonNull(location, field);
    return location.edition() == Edition.BEFORE_2025_07
        ? oldStyle(location, field)
        : newStyle(location, field);
  }

  private VnPostUnits oldStyle(Location location, String field) {
    Unit province = require(old, location.province(), field + ".province", "province");
    Unit district =
        old.district(location.district())
            .orElseThrow(() -> unknown(field + ".district", location.district(), "district", old));
    if (!district.province().equals(province.code())) {
      throw new IllegalArgumentException(
          field
              + ".district: "
              + district.code()
              + " lies in province "
              + district.province()
              + ", not "
              + province.code());
    }
    return new VnPostUnits(province.code(), district.code());
  }

  private VnPostUnits newStyle(Location location, String field) {
    require(current, location.province(), field + ".province", "province");
    Unit commune =
        current
            .commune(location.commune())
            .orElseThrow(() -> unknown(field + ".commune", location.commune(), "commune", current));
    if (!commune.province().equals(location.province())) {
      throw new IllegalArgumentException(
          field
              + ".commune: "
              + commune.code()
              + " lies in province "
              + commune.province()
              + ", not "
              + location.province());
    }
    Map<AdministrativeUnitCode, VnPostUnits> districts = oldDistricts(commune);
    if (location.district() != null) {
      VnPostUnits chosen = districts.get(location.district());
      if (chosen == null) {
        throw new IllegalArgumentException(
            field
                + ".district: "
                + location.district()
                + " is not one of the 2025-03-01 districts"
                + " of "
                + describe(commune)
                + " ("
                + names(districts)
                + ")");
      }
      return chosen;
    }
    if (districts.size() == 1) {
      return districts.values().iterator().next();
    }
    throw new IllegalArgumentException(
        districts.isEmpty()
            ? field
                + ".commune: "
                + describe(commune)
                + " has no 2025-03-01 commune in the mapping;"
                + " VNPost needs an old-style location (Location.before2025July)"
            : field
                + ".commune: "
                + describe(commune)
                + " is ambiguous for VNPost: it was formed"
                + " from communes of "
                + districts.size()
                + " districts of 2025-03-01 ("
                + names(districts)
                + "); say which one the street address lies in with"
                + " Location.withOldDistrict");
  }

  /** The old districts (with their provinces) whose communes went into a new commune. */
  private Map<AdministrativeUnitCode, VnPostUnits> oldDistricts(Unit commune) {
    Map<AdministrativeUnitCode, VnPostUnits> out = new LinkedHashMap<>();
    for (Unit from : current.oldCommunesOf(commune.code())) {
      old.commune(from.code())
          .ifPresent(
              u -> out.putIfAbsent(u.district(), new VnPostUnits(u.province(), u.district())));
    }
    return out;
  }

  private String names(Map<AdministrativeUnitCode, VnPostUnits> districts) {
    return districts.keySet().stream()
        .map(d -> d + " " + old.district(d).map(Unit::name).orElse(""))
        .collect(Collectors.joining(", "));
  }

  private static String describe(Unit unit) {
    return unit.code() + " " + unit.name();
  }

  private static Unit require(
      AdministrativeUnits list, AdministrativeUnitCode code, String field, String level) {
    return list.province(code).orElseThrow(() -> unknown(field, code, level, list));
  }

  private static IllegalArgumentException unknown(
      String field, AdministrativeUnitCode code, String level, AdministrativeUnits list) {
    return new IllegalArgumentException(
        field
            + ": "
            + code
            + " is not a "
            + level
            + " of the "
            + list.edition().listDate()
            + " list");
  }

  /** Read on first use: three files, about 1.4 MB, under half a second. */
  private static final class Shipped {
    static final UnitResolver INSTANCE = load();

    private static UnitResolver load() {
      try (InputStream a = open("units-2025-03-01.csv");
          InputStream b = open("units-2025-07-01.csv");
          InputStream c = open("communes-2025-03-01-to-2025-07-01.csv")) {
        return new UnitResolver(
            AdministrativeUnits.before2025July(a),
            AdministrativeUnits.after2025July(b).withMapping(c));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the shipped administrative-unit lists", e);
      }
    }

    private static InputStream open(String file) {
      InputStream in = UnitResolver.class.getResourceAsStream(DIR + file);
      if (in == null) {
        throw new IllegalStateException("the connector's jar lacks " + DIR + file);
      }
      return in;
    }
  }
}
