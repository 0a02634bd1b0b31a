package vn.connector.civilregistry.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.connector.civilregistry.model.Address;
import vn.connector.core.AdministrativeUnitCode;

/**
 * The administrative units an address may name: the three-level list of 2025-03-01 and the
 * two-level list in force from 2025-07-01, both shipped in this module's resources (copies of
 * shared/data/admin-units). Loaded once; immutable and thread-safe after.
 *
 * <p>TODO(core): move onto core's {@code AdministrativeUnits} (branch postal) once it lands.
 */
public final class UnitCatalogue {

  private static final String BEFORE = "/vn/connector/civilregistry/units-2025-03-01.csv";
  private static final String AFTER = "/vn/connector/civilregistry/units-2025-07-01.csv";

  private final Set<String> provinces = new HashSet<>();
  private final Map<String, String> districtProvince = new HashMap<>();
  private final Map<String, String> oldCommuneDistrict = new HashMap<>();
  private final Map<String, String> newCommuneProvince = new HashMap<>();

  private static final class Holder {
    static final UnitCatalogue INSTANCE = new UnitCatalogue();
  }

  private UnitCatalogue() {
    read(
        BEFORE,
        6,
        f -> {
          provinces.add(f[0]);
          districtProvince.put(f[2], f[0]);
          oldCommuneDistrict.put(f[4], f[2]);
        });
    read(
        AFTER,
        4,
        f -> {
          provinces.add(f[0]);
          newCommuneProvince.put(f[2], f[0]);
        });
  }

  public static UnitCatalogue get() {
    return Holder.INSTANCE;
  }

  /** Whether a district or commune code exists in either list. */
  public boolean knowsUnit(AdministrativeUnitCode code) {
    return switch (code.level()) {
      case PROVINCE -> provinces.contains(code.value());
      case DISTRICT -> districtProvince.containsKey(code.value());
      case COMMUNE ->
          oldCommuneDistrict.containsKey(code.value())
              || newCommuneProvince.containsKey(code.value());
    };
  }

  /**
   * Checks an address against the lists: with a district, the three-level list (district of the
   * province, commune of the district); without, the two-level list (commune of the province).
   *
   * @throws IllegalArgumentException naming {@code field} and the code at fault
   */
  public void check(Address a, String field) {
    String p = a.province().value();
    String c = a.commune().value();
    if (!provinces.contains(p)) {
      throw new IllegalArgumentException(field + ".province: no province " + p);
    }
    if (a.district() != null) {
      String d = a.district().value();
      if (!p.equals(districtProvince.get(d))) {
        throw new IllegalArgumentException(
            field + ".district: " + d + " is not a district of province " + p);
      }
      if (!d.equals(oldCommuneDistrict.get(c))) {
        throw new IllegalArgumentException(
            field + ".commune: " + c + " is not a commune of district " + d);
      }
    } else if (!p.equals(newCommuneProvince.get(c))) {
      throw new IllegalArgumentException(
          field
              + ".commune: "
              + c
              + " is not a commune of province "
              + p
              + " (list of 2025-07-01)");
    }
  }

  /** The province a district or commune belongs to, for the result poll's {@code maTinh}. */
  public AdministrativeUnitCode provinceOf(AdministrativeUnitCode unit) {
    String p =
        switch (unit.level()) {
          case PROVINCE -> unit.value();
          case DISTRICT -> districtProvince.get(unit.value());
          case COMMUNE -> {
            // The two-level list first: a code kept by the reorganisation names the new unit.
            String d = oldCommuneDistrict.get(unit.value());
            String now = newCommuneProvince.get(unit.value());
            yield now != null ? now : d == null ? null : districtProvince.get(d);
          }
        };
    if (p == null) {
      throw new IllegalArgumentException("unit: no administrative unit " + unit.value());
    }
    return AdministrativeUnitCode.parse(p);
  }

  private interface Row {
    void accept(String[] fields);
  }

  private static void read(String resource, int columns, Row row) {
    try (InputStream in = UnitCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", -1);
        if (f.length == columns) {
          row.accept(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
