package vn.connector.core;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.connector.core.AdministrativeUnitCode.Level;
import vn.connector.core.internal.UnitsCsv;

/**
 * One edition of Vietnam's list of administrative units (danh mục đơn vị hành chính), read from the
 * CSV files a connector ships in its own resources, with lookups by code and the mapping of the
 * communes of 2025-03-01 onto those of 2025-07-01. Immutable and thread-safe: load each list once
 * per application; every lookup is a hash-map read.
 *
 * <p>Both editions are needed side by side: some national systems still send the three-level codes
 * (VNPost's district integers, C06's {@code MaQuanHuyen}) while others use the two-level list.
 * Codes repeat across editions with other meanings ({@code 00004} was Phường Trúc Bạch and is now
 * Phường Ba Đình), so a code is only ever looked up in the edition it was written for.
 *
 * <pre>{@code
 * AdministrativeUnits current;
 * try (InputStream units = Files.newInputStream(Path.of("units-2025-07-01.csv"));
 *     InputStream mapping =
 *         Files.newInputStream(Path.of("communes-2025-03-01-to-2025-07-01.csv"))) {
 *   current = AdministrativeUnits.after2025July(units).withMapping(mapping);
 * }
 * boolean known = current.contains(AdministrativeUnitCode.parse("00004"));
 * List<AdministrativeUnits.Unit> candidates =
 *     current.mapOldCommune(AdministrativeUnitCode.parse("00634")); // split: 5 candidates
 * }</pre>
 */
public final class AdministrativeUnits {

  /** The two editions of the list. */
  public enum Edition {
    /** Three levels (tỉnh / huyện / xã), the General Statistics Office's list of 2025-03-01. */
    BEFORE_2025_07(LocalDate.of(2025, 3, 1)),
    /** Two levels (tỉnh / xã, no districts), in force from 2025-07-01. */
    FROM_2025_07(LocalDate.of(2025, 7, 1));

    private final LocalDate listDate;

    Edition(LocalDate listDate) {
      this.listDate = listDate;
    }

    /** The date of the list, as the files and messages name it. */
    public LocalDate listDate() {
      return listDate;
    }
  }

  /**
   * One unit. {@code province} is the province the unit lies in (a province's own code for a
   * province); {@code district} is the district a commune lies in, and null for provinces,
   * districts and every unit of the two-level list.
   */
  public record Unit(
      AdministrativeUnitCode code,
      String name,
      AdministrativeUnitCode province,
      AdministrativeUnitCode district) {

    public Unit {
      requireNonNull(code, "code");
      requireNonNull(province, "province");
      if (requireNonNull(name, "name").isBlank()) {
        throw new IllegalArgumentException("name: must not be blank");
      }
      if (province.level() != Level.PROVINCE
          || (code.level() == Level.PROVINCE && !province.equals(code))) {
        throw new IllegalArgumentException("province: " + province + " cannot hold " + code);
      }
      if (district != null
          && (district.level() != Level.DISTRICT || code.level() != Level.COMMUNE)) {
        throw new IllegalArgumentException("district: " + district + " cannot hold " + code);
      }
    }

    /** Province, district or commune. */
    public Level level() {
      return code.level();
    }
  }

  private final Edition edition;
  private final Map<AdministrativeUnitCode, Unit> byCode;
  private final Map<Level, List<Unit>> byLevel;
  private final UnitsCsv.Mapping mapping;

  private AdministrativeUnits(
      Edition edition, Map<AdministrativeUnitCode, Unit> byCode, UnitsCsv.Mapping mapping) {
    this.edition = edition;
    this.byCode = Map.copyOf(byCode);
    Map<Level, List<Unit>> levels = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      levels.put(
          level,
          byCode.values().stream()
              .filter(u -> u.level() == level)
              .sorted(Comparator.comparing(u -> u.code().value()))
              .toList());
    }
    this.byLevel = levels;
    this.mapping = mapping;
  }

  /**
   * The three-level list of 2025-03-01 ({@code units-2025-03-01.csv}). The caller closes the
   * stream.
   *
   * @throws IllegalArgumentException naming the file when a row is malformed or contradicts another
   */
  public static AdministrativeUnits before2025July(InputStream csv) {
    return new AdministrativeUnits(Edition.BEFORE_2025_07, UnitsCsv.threeLevels(csv), null);
  }

  /**
   * The two-level list in force from 2025-07-01 ({@code units-2025-07-01.csv}). The caller closes
   * the stream.
   *
   * @throws IllegalArgumentException naming the file when a row is malformed or contradicts another
   */
  public static AdministrativeUnits after2025July(InputStream csv) {
    return new AdministrativeUnits(Edition.FROM_2025_07, UnitsCsv.twoLevels(csv), null);
  }

  /**
   * This 2025-07-01 list with the mapping of the old communes onto it ({@code
   * communes-2025-03-01-to-2025-07-01.csv}). Every new commune of the mapping must be in this list;
   * its name is taken from the list, which the mapping sometimes spells differently.
   *
   * @throws IllegalStateException on the 2025-03-01 list
   * @throws IllegalArgumentException when the mapping names a commune this list does not hold
   */
  public AdministrativeUnits withMapping(InputStream csv) {
    if (edition != Edition.FROM_2025_07) {
      throw new IllegalStateException("the mapping leads onto the 2025-07-01 list, not this one");
    }
    return new AdministrativeUnits(edition, byCode, UnitsCsv.mapping(csv, byCode));
  }

  /** Which list this is. */
  public Edition edition() {
    return edition;
  }

  /** Whether the list holds a unit of this code, at the level the code's length tells. */
  public boolean contains(AdministrativeUnitCode code) {
    return byCode.containsKey(requireNonNull(code, "code"));
  }

  /** The province of this code; empty when the list has none or the code is not a province's. */
  public Optional<Unit> province(AdministrativeUnitCode code) {
    return at(code, Level.PROVINCE);
  }

  /** The district of this code; always empty in the two-level list. */
  public Optional<Unit> district(AdministrativeUnitCode code) {
    return at(code, Level.DISTRICT);
  }

  /** The commune of this code; empty when the list has none or the code is not a commune's. */
  public Optional<Unit> commune(AdministrativeUnitCode code) {
    return at(code, Level.COMMUNE);
  }

  /** Every unit of a level, by code. */
  public List<Unit> units(Level level) {
    return byLevel.get(requireNonNull(level, "level"));
  }

  /**
   * Every commune of this list that a commune of 2025-03-01 went into: one for a whole commune,
   * several (ambiguous: the street address decides) for a commune split between new ones, none for
   * a code the mapping does not hold. In the mapping's order.
   *
   * @throws IllegalStateException when no mapping was loaded ({@link #withMapping})
   */
  public List<Unit> mapOldCommune(AdministrativeUnitCode oldCommune) {
    return mapping().oldToNew(requireNonNull(oldCommune, "oldCommune"));
  }

  /**
   * The one commune of this list a commune of 2025-03-01 went into.
   *
   * @throws IllegalArgumentException when the old commune is unknown, or was split (ambiguous: the
   *     message lists the candidates)
   */
  public Unit newCommuneOf(AdministrativeUnitCode oldCommune) {
    List<Unit> candidates = mapOldCommune(oldCommune);
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    throw new IllegalArgumentException(
        candidates.isEmpty()
            ? "oldCommune: " + oldCommune + " is not a commune of the 2025-03-01 list"
            : "oldCommune: "
                + oldCommune
                + " is ambiguous: it was split between "
                + candidates.size()
                + " communes of 2025-07-01 ("
                + candidates.stream()
                    .map(u -> u.code() + " " + u.name())
                    .collect(Collectors.joining(", "))
                + "); the street address decides which");
  }

  /**
   * The communes of 2025-03-01 that went (wholly or in part) into a commune of this list, with
   * their old province; their {@code district} is null because the mapping does not carry it (look
   * it up in the 2025-03-01 list).
   *
   * @throws IllegalStateException when no mapping was loaded ({@link #withMapping})
   */
  public List<Unit> oldCommunesOf(AdministrativeUnitCode newCommune) {
    return mapping().newToOld(requireNonNull(newCommune, "newCommune"));
  }

  @Override
  public String toString() {
    return "AdministrativeUnits["
        + edition.listDate()
        + ": "
        + units(Level.PROVINCE).size()
        + " provinces, "
        + units(Level.DISTRICT).size()
        + " districts, "
        + units(Level.COMMUNE).size()
        + " communes"
        + (mapping == null ? "" : ", with the mapping from 2025-03-01")
        + "]";
  }

  private Optional<Unit> at(AdministrativeUnitCode code, Level level) {
    Unit unit = byCode.get(requireNonNull(code, "code"));
    return unit != null && unit.level() == level ? Optional.of(unit) : Optional.empty();
  }

  private UnitsCsv.Mapping mapping() {
    if (mapping == null) {
      throw new IllegalStateException("no mapping loaded: call withMapping on the 2025-07-01 list");
    }
    return mapping;
  }
}
