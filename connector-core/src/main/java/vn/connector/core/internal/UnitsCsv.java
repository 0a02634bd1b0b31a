package vn.connector.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.AdministrativeUnitCode.Level;
import vn.connector.core.AdministrativeUnits.Unit;

/**
 * Reads the administrative-unit CSV files into the maps behind {@link
 * vn.connector.core.AdministrativeUnits}: a fixed header, then rows of exactly as many plain
 * fields. The official lists hold no quoted fields, so a quote is refused rather than guessed at; a
 * CSV library would be a new core dependency for three fixed files. Fields are stripped and
 * normalised to NFC because the public mapping carries trailing spaces and decomposed accents.
 */
public final class UnitsCsv {

  private static final List<String> THREE_LEVELS =
      List.of(
          "province_code",
          "province_name",
          "district_code",
          "district_name",
          "commune_code",
          "commune_name");
  private static final List<String> TWO_LEVELS =
      List.of("province_code", "province_name", "commune_code", "commune_name");
  private static final List<String> MAPPING =
      List.of(
          "old_province_code",
          "old_commune_code",
          "old_commune_name",
          "new_province_code",
          "new_commune_code",
          "new_commune_name");

  private UnitsCsv() {}

  /** Both directions of the old-to-new commune mapping, immutable, in the file's order. */
  public record Mapping(
      Map<AdministrativeUnitCode, List<Unit>> oldToNew,
      Map<AdministrativeUnitCode, List<Unit>> newToOld) {

    public List<Unit> oldToNew(AdministrativeUnitCode code) {
      return oldToNew.getOrDefault(code, List.of());
    }

    public List<Unit> newToOld(AdministrativeUnitCode code) {
      return newToOld.getOrDefault(code, List.of());
    }
  }

  /** Every unit of {@code units-2025-03-01.csv} by code. */
  public static Map<AdministrativeUnitCode, Unit> threeLevels(InputStream csv) {
    String source = "units-2025-03-01.csv";
    Map<AdministrativeUnitCode, Unit> units = new HashMap<>();
    read(
        csv,
        source,
        THREE_LEVELS,
        r -> {
          Unit province = add(units, new Unit(code(r[0]), r[1], code(r[0]), null), false);
          Unit district = add(units, new Unit(code(r[2]), r[3], province.code(), null), false);
          add(units, new Unit(code(r[4]), r[5], province.code(), district.code()), true);
        });
    return units;
  }

  /** Every unit of {@code units-2025-07-01.csv} by code. */
  public static Map<AdministrativeUnitCode, Unit> twoLevels(InputStream csv) {
    String source = "units-2025-07-01.csv";
    Map<AdministrativeUnitCode, Unit> units = new HashMap<>();
    read(
        csv,
        source,
        TWO_LEVELS,
        r -> {
          Unit province = add(units, new Unit(code(r[0]), r[1], code(r[0]), null), false);
          add(units, new Unit(code(r[2]), r[3], province.code(), null), true);
        });
    return units;
  }

  /**
   * The mapping onto {@code newList}; a new commune is taken from that list, whose names the
   * mapping sometimes spells differently, and must be in it.
   */
  public static Mapping mapping(InputStream csv, Map<AdministrativeUnitCode, Unit> newList) {
    String source = "communes-2025-03-01-to-2025-07-01.csv";
    Map<AdministrativeUnitCode, Set<Unit>> oldToNew = new HashMap<>();
    Map<AdministrativeUnitCode, Set<Unit>> newToOld = new HashMap<>();
    read(
        csv,
        source,
        MAPPING,
        r -> {
          Unit old = new Unit(code(r[1]), r[2], code(r[0]), null);
          Unit now = newList.get(code(r[4]));
          if (old.level() != Level.COMMUNE) {
            throw new IllegalArgumentException(r[1] + " is not a commune code");
          }
          if (now == null || now.level() != Level.COMMUNE || !now.province().equals(code(r[3]))) {
            throw new IllegalArgumentException(
                r[4] + " of province " + r[3] + " is not a commune of the new list");
          }
          oldToNew.computeIfAbsent(old.code(), k -> new LinkedHashSet<>()).add(now);
          newToOld.computeIfAbsent(now.code(), k -> new LinkedHashSet<>()).add(old);
        });
    return new Mapping(freeze(oldToNew), freeze(newToOld));
  }

  /**
   * Hands every row after the header, of exactly {@code header.size()} fields, to {@code row}; what
   * {@code row} refuses is refused naming the file and line.
   */
  private static void read(
      InputStream in, String source, List<String> header, Consumer<String[]> row) {
    Objects.requireNonNull(in, source);
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    // Not closed here: the stream is the caller's.
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder));
    try {
      String first = reader.readLine();
      if (first == null || !header.equals(List.of(bomless(first).strip().split(",", -1)))) {
        throw new IllegalArgumentException(
            source + ": line 1: expected the header " + String.join(",", header));
      }
      int number = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        try {
          if (!line.isBlank()) {
            row.accept(fields(line, header.size()));
          }
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              source + ": line " + number + ": " + e.getMessage(), e);
        }
      }
    } catch (CharacterCodingException e) {
      throw new UncheckedIOException("cannot read " + source + ": not UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  private static AdministrativeUnitCode code(String value) {
    return AdministrativeUnitCode.parse(value);
  }

  /**
   * Adds a unit; a parent read again must read the same, a commune ({@code unique}) only once.
   * Returns the unit kept.
   */
  private static Unit add(Map<AdministrativeUnitCode, Unit> units, Unit unit, boolean unique) {
    Unit known = units.putIfAbsent(unit.code(), unit);
    if (known != null && (unique || !known.equals(unit))) {
      throw new IllegalArgumentException(
          unit.code() + (unique ? " is listed twice" : " is listed differently elsewhere"));
    }
    return known == null ? unit : known;
  }

  private static Map<AdministrativeUnitCode, List<Unit>> freeze(
      Map<AdministrativeUnitCode, Set<Unit>> map) {
    Map<AdministrativeUnitCode, List<Unit>> out = new HashMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  private static String[] fields(String line, int columns) {
    if (line.indexOf('"') >= 0) {
      throw new IllegalArgumentException("quoted fields are not read");
    }
    String[] f = line.split(",", -1);
    if (f.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " fields, got " + f.length);
    }
    for (int i = 0; i < f.length; i++) {
      f[i] = Normalizer.normalize(f[i].strip(), Normalizer.Form.NFC);
    }
    return f;
  }

  /** Without the byte-order mark some editors write. */
  private static String bomless(String first) {
    return first.startsWith("\uFEFF") ? first.substring(1) : first;
  }
}
