package vn.connector.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.connector.core.AdministrativeUnitCode.Level;
import vn.connector.core.AdministrativeUnits.Edition;
import vn.connector.core.AdministrativeUnits.Unit;

/**
 * Against a subset of the official files (Ba Đình, Nam Từ Liêm, TP Hà Giang and where their
 * communes went); the connectors that ship the full files test those.
 */
class AdministrativeUnitsTest {

  private static final AdministrativeUnits OLD = load("units-2025-03-01.csv", true);
  private static final AdministrativeUnits NEW = load("units-2025-07-01.csv", false);
  private static final AdministrativeUnits MAPPED = withMapping(NEW);

  @Test
  void readsTheThreeLevelListWithEveryParent() {
    assertThat(OLD.edition()).isEqualTo(Edition.BEFORE_2025_07);
    assertThat(OLD.units(Level.PROVINCE))
        .extracting(u -> u.code().value())
        .containsExactly("01", "02");
    assertThat(OLD.units(Level.DISTRICT))
        .extracting(Unit::name)
        .containsExactly("Quận Ba Đình", "Quận Nam Từ Liêm", "Thành phố Hà Giang");
    assertThat(OLD.units(Level.COMMUNE)).hasSize(31);
    assertThat(OLD.commune(code("00004")))
        .contains(new Unit(code("00004"), "Phường Trúc Bạch", code("01"), code("001")));
    assertThat(OLD.district(code("024")))
        .contains(new Unit(code("024"), "Thành phố Hà Giang", code("02"), null));
    assertThat(OLD.province(code("02")).orElseThrow().name()).isEqualTo("Tỉnh Hà Giang");
  }

  @Test
  void readsTheTwoLevelListWithoutDistricts() {
    assertThat(NEW.edition()).isEqualTo(Edition.FROM_2025_07);
    assertThat(NEW.units(Level.DISTRICT)).isEmpty();
    assertThat(NEW.commune(code("00691")))
        .contains(new Unit(code("00691"), "Phường Hà Giang 2", code("08"), null));
    assertThat(NEW.province(code("08")).orElseThrow().name()).isEqualTo("Tỉnh Tuyên Quang");
    assertThat(NEW.province(code("02"))).isEmpty();
  }

  @Test
  void looksACodeUpOnlyAtTheLevelItsLengthTells() {
    assertThat(OLD.contains(code("001"))).isTrue();
    assertThat(OLD.contains(code("99999"))).isFalse();
    assertThat(OLD.province(code("00004"))).isEmpty();
    assertThat(OLD.commune(code("001"))).isEmpty();
    assertThat(NEW.district(code("001"))).isEmpty();
  }

  @Test
  void theSameCodeNamesDifferentCommunesInEachEdition() {
    assertThat(OLD.commune(code("00004")).orElseThrow().name()).isEqualTo("Phường Trúc Bạch");
    assertThat(NEW.commune(code("00004")).orElseThrow().name()).isEqualTo("Phường Ba Đình");
  }

  @Test
  void mapsAWholeOldCommuneOntoOneNewCommune() {
    assertThat(MAPPED.mapOldCommune(code("00001")))
        .containsExactly(new Unit(code("00097"), "Phường Hồng Hà", code("01"), null));
    assertThat(MAPPED.newCommuneOf(code("00001")).code()).isEqualTo(code("00097"));
  }

  @Test
  void givesEveryCandidateOfASplitCommuneAndRefusesToChooseOne() {
    assertThat(MAPPED.mapOldCommune(code("00634")))
        .extracting(u -> u.code().value())
        .containsExactly("00622", "00634", "00637", "09556", "09886");
    assertThatThrownBy(() -> MAPPED.newCommuneOf(code("00634")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("oldCommune: 00634 is ambiguous: it was split between 5 communes")
        .hasMessageContaining("00622 Phường Xuân Phương")
        .hasMessageContaining("09886 Phường Dương Nội");
  }

  @Test
  void mapsAcrossMergedProvinces() {
    assertThat(MAPPED.mapOldCommune(code("00688")))
        .extracting(Unit::province)
        .containsOnly(code("08"));
  }

  @Test
  void takesNamesFromTheListWhereTheMappingSpellsThemDifferently() {
    // The mapping writes "Phường Xuân Phương " with a trailing space for old commune 00623.
    assertThat(MAPPED.newCommuneOf(code("00623")).name()).isEqualTo("Phường Xuân Phương");
  }

  @Test
  void findsTheOldCommunesANewCommuneCameFrom() {
    assertThat(MAPPED.oldCommunesOf(code("00004")))
        .extracting(u -> u.code().value())
        .containsExactly("00004", "00013", "00016", "00019", "00022", "00028");
    assertThat(MAPPED.oldCommunesOf(code("00004")).get(0))
        .isEqualTo(new Unit(code("00004"), "Phường Trúc Bạch", code("01"), null));
  }

  @Test
  void anUnknownOldCommuneHasNoCandidates() {
    assertThat(MAPPED.mapOldCommune(code("99999"))).isEmpty();
    assertThatThrownBy(() -> MAPPED.newCommuneOf(code("99999")))
        .hasMessage("oldCommune: 99999 is not a commune of the 2025-03-01 list");
  }

  @Test
  void mappingNeedsToBeLoadedOntoTheNewList() {
    assertThatThrownBy(() -> NEW.mapOldCommune(code("00001")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withMapping");
    assertThatThrownBy(() -> withMapping(OLD)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void resultsCannotBeChanged() {
    assertThatThrownBy(() -> MAPPED.mapOldCommune(code("00634")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> OLD.units(Level.COMMUNE).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesAFileWithAnotherHeader() {
    assertThatThrownBy(() -> AdministrativeUnits.after2025July(csv("code,name\n01,Hà Nội\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("units-2025-07-01.csv: line 1: expected the header");
  }

  @Test
  void refusesMalformedRowsNamingTheLine() {
    String header = "province_code,province_name,commune_code,commune_name\n";
    assertThatThrownBy(() -> AdministrativeUnits.after2025July(csv(header + "01,Hà Nội,00004\n")))
        .hasMessage("units-2025-07-01.csv: line 2: expected 4 fields, got 3");
    assertThatThrownBy(
            () -> AdministrativeUnits.after2025July(csv(header + "01,\"Hà, Nội\",00004,X\n")))
        .hasMessage("units-2025-07-01.csv: line 2: quoted fields are not read");
    assertThatThrownBy(
            () -> AdministrativeUnits.after2025July(csv(header + "01,Hà Nội,0004,Ba Đình\n")))
        .hasMessageStartingWith("units-2025-07-01.csv: line 2: administrativeUnitCode:");
    assertThatThrownBy(
            () ->
                AdministrativeUnits.after2025July(
                    csv(header + "01,Hà Nội,00004,Ba Đình\n\n01,Hà Nội,00004,Ba Đình\n")))
        .hasMessage("units-2025-07-01.csv: line 4: 00004 is listed twice");
    assertThatThrownBy(
            () ->
                AdministrativeUnits.after2025July(
                    csv(header + "01,Hà Nội,00004,Ba Đình\n01,Hanoi,00008,Ngọc Hà\n")))
        .hasMessage("units-2025-07-01.csv: line 3: 01 is listed differently elsewhere");
  }

  @Test
  void refusesAMappingOntoACommuneTheListDoesNotHold() {
    String mapping =
        "old_province_code,old_commune_code,old_commune_name,new_province_code,new_commune_code,"
            + "new_commune_name\n01,00001,Phường Phúc Xá,01,12345,Phường Nào Đó\n";
    assertThatThrownBy(() -> NEW.withMapping(csv(mapping)))
        .hasMessage(
            "communes-2025-03-01-to-2025-07-01.csv: line 2: 12345 of province 01 is not a commune"
                + " of the new list");
  }

  @Test
  void refusesAFileThatIsNotUtf8() {
    byte[] latin1 =
        "province_code,province_name,commune_code,commune_name\n01,Hà Nội,00004,X\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> AdministrativeUnits.after2025July(new ByteArrayInputStream(latin1)))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read units-2025-07-01.csv: not UTF-8");
  }

  @Test
  void describesItselfByCounts() {
    assertThat(MAPPED)
        .hasToString(
            "AdministrativeUnits[2025-07-01: 2 provinces, 0 districts, 20 communes,"
                + " with the mapping from 2025-03-01]");
  }

  private static AdministrativeUnitCode code(String value) {
    return AdministrativeUnitCode.parse(value);
  }

  private static InputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static AdministrativeUnits load(String file, boolean threeLevels) {
    try (InputStream in = resource(file)) {
      return threeLevels
          ? AdministrativeUnits.before2025July(in)
          : AdministrativeUnits.after2025July(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AdministrativeUnits withMapping(AdministrativeUnits units) {
    try (InputStream in = resource("communes-2025-03-01-to-2025-07-01.csv")) {
      return units.withMapping(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String file) {
    return AdministrativeUnitsTest.class.getResourceAsStream("/admin-units/" + file);
  }
}
