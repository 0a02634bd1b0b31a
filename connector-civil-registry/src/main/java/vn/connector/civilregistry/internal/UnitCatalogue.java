package vn.connector.civilregistry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import vn.connector.civilregistry.model.Address;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.AdministrativeUnits;

/**
 * The administrative units an address may name: core's {@link AdministrativeUnits} over the
 * three-level list of 2025-03-01 and the two-level list in force from 2025-07-01, both shipped in
 * this module's resources (copies of shared/data/admin-units). A code is looked up only in the
 * edition it was written for: an address with a district in the three-level list, one without in
 * the two-level list (codes repeat across editions with other meanings). Loaded once; thread-safe.
 */
public final class UnitCatalogue {

  private static final String BEFORE = "/vn/connector/civilregistry/units-2025-03-01.csv";
  private static final String AFTER = "/vn/connector/civilregistry/units-2025-07-01.csv";

  private final AdministrativeUnits before = load(BEFORE, true);
  private final AdministrativeUnits after = load(AFTER, false);

  private static final class Holder {
    static final UnitCatalogue INSTANCE = new UnitCatalogue();
  }

  private UnitCatalogue() {}

  public static UnitCatalogue get() {
    return Holder.INSTANCE;
  }

  /** Whether a unit code exists in either list. */
  public boolean knowsUnit(AdministrativeUnitCode code) {
    return after.contains(code) || before.contains(code);
  }

  /**
   * Checks an address against the lists: with a district, the three-level list (district of the
   * province, commune of the district); without, the two-level list (commune of the province).
   *
   * @throws IllegalArgumentException naming {@code field} and the code at fault
   */
  public void check(Address a, String field) {
    AdministrativeUnitCode p = a.province();
    AdministrativeUnitCode c = a.commune();
    AdministrativeUnits list = a.district() == null ? after : before;
    if (list.province(p).isEmpty()) {
      throw new IllegalArgumentException(field + ".province: no province " + p.value());
    }
    if (a.district() != null) {
      AdministrativeUnitCode d = a.district();
      if (!before.district(d).map(u -> u.province().equals(p)).orElse(false)) {
        throw new IllegalArgumentException(
            field + ".district: " + d.value() + " is not a district of province " + p.value());
      }
      if (!before.commune(c).map(u -> d.equals(u.district())).orElse(false)) {
        throw new IllegalArgumentException(
            field + ".commune: " + c.value() + " is not a commune of district " + d.value());
      }
    } else if (!after.commune(c).map(u -> u.province().equals(p)).orElse(false)) {
      throw new IllegalArgumentException(
          field
              + ".commune: "
              + c.value()
              + " is not a commune of province "
              + p.value()
              + " (list of 2025-07-01)");
    }
  }

  /**
   * The province a registering unit belongs to, for the result poll's {@code maTinh}: a district
   * from the three-level list; a commune from the two-level list first (a code kept by the
   * reorganisation names the new unit), else from the three-level one.
   */
  public AdministrativeUnitCode provinceOf(AdministrativeUnitCode unit) {
    Optional<AdministrativeUnits.Unit> found =
        switch (unit.level()) {
          case PROVINCE -> after.province(unit).or(() -> before.province(unit));
          case DISTRICT -> before.district(unit);
          case COMMUNE -> after.commune(unit).or(() -> before.commune(unit));
        };
    return found
        .map(AdministrativeUnits.Unit::province)
        .orElseThrow(
            () -> new IllegalArgumentException("unit: no administrative unit " + unit.value()));
  }

  private static AdministrativeUnits load(String resource, boolean threeLevels) {
    try (InputStream in = UnitCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return threeLevels
          ? AdministrativeUnits.before2025July(in)
          : AdministrativeUnits.after2025July(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
