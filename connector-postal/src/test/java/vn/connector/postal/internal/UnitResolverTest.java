package vn.connector.postal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.AdministrativeUnitCode.Level;
import vn.connector.postal.internal.UnitResolver.VnPostUnits;
import vn.connector.postal.model.Location;

class UnitResolverTest {

  private static final UnitResolver UNITS = UnitResolver.shipped();

  @Test
  void shipsTheFullListsAndTheMapping() {
    assertThat(UNITS.before2025July().units(Level.PROVINCE)).hasSize(63);
    assertThat(UNITS.before2025July().units(Level.COMMUNE)).hasSize(10_047);
    // The file has one row per commune: 5 of the README's 696 districts hold no commune.
    assertThat(UNITS.before2025July().units(Level.DISTRICT)).hasSize(691);
    assertThat(UNITS.after2025July().units(Level.PROVINCE)).hasSize(34);
    assertThat(UNITS.after2025July().units(Level.COMMUNE)).hasSize(3_321);
    long split =
        UNITS.before2025July().units(Level.COMMUNE).stream()
            .filter(u -> UNITS.after2025July().mapOldCommune(u.code()).size() > 1)
            .count();
    assertThat(split).isEqualTo(460);
  }

  @Test
  void takesAnOldProvinceAndDistrictAsTheyAre() {
    assertThat(UNITS.resolve(Location.before2025July(code("24"), code("213")), "sender"))
        .isEqualTo(new VnPostUnits(code("24"), code("213")));
  }

  @Test
  void refusesAnOldDistrictOfAnotherProvince() {
    assertThatThrownBy(
            () -> UNITS.resolve(Location.before2025July(code("01"), code("213")), "receiver"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("receiver.district: 213 lies in province 24, not 01");
  }

  @Test
  void refusesUnknownCodesNamingTheFieldAndTheList() {
    assertThatThrownBy(
            () -> UNITS.resolve(Location.before2025July(code("99"), code("213")), "sender"))
        .hasMessage("sender.province: 99 is not a province of the 2025-03-01 list");
    assertThatThrownBy(
            () -> UNITS.resolve(Location.before2025July(code("24"), code("999")), "sender"))
        .hasMessage("sender.district: 999 is not a district of the 2025-03-01 list");
    assertThatThrownBy(
            () -> UNITS.resolve(Location.after2025July(code("02"), code("00004")), "receiver"))
        .hasMessage("receiver.province: 02 is not a province of the 2025-07-01 list");
    assertThatThrownBy(
            () -> UNITS.resolve(Location.after2025July(code("01"), code("99999")), "receiver"))
        .hasMessage("receiver.commune: 99999 is not a commune of the 2025-07-01 list");
  }

  @Test
  void mapsANewCommuneOntoTheOneOldDistrictItCameFrom() {
    // Phường Đống Đa (00235) was formed from communes of Quận Đống Đa (006) only.
    assertThat(UNITS.resolve(Location.after2025July(code("01"), code("00235")), "receiver"))
        .isEqualTo(new VnPostUnits(code("01"), code("006")));
    // Phường Hà Giang 2 (Tuyên Quang, 08) spans TP Hà Giang and Vị Xuyên of old Hà Giang (02).
    assertThat(
            UNITS.resolve(
                Location.after2025July(code("08"), code("00691")).withOldDistrict(code("024")),
                "receiver"))
        .isEqualTo(new VnPostUnits(code("02"), code("024")));
  }

  @Test
  void saysClearlyWhenANewCommuneSpansSeveralOldDistricts() {
    // Phường Tây Mỗ (00634) took communes of Nam Từ Liêm (019) and Hoài Đức (274).
    Location location = Location.after2025July(code("01"), code("00634"));
    assertThatThrownBy(() -> UNITS.resolve(location, "receiver"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("receiver.commune: 00634 Phường Tây Mỗ is ambiguous for VNPost")
        .hasMessageContaining("019 Quận Nam Từ Liêm")
        .hasMessageContaining("Location.withOldDistrict");
    assertThat(UNITS.resolve(location.withOldDistrict(code("019")), "receiver"))
        .isEqualTo(new VnPostUnits(code("01"), code("019")));
  }

  @Test
  void refusesAnOldDistrictTheNewCommuneDidNotComeFrom() {
    Location location =
        Location.after2025July(code("01"), code("00634")).withOldDistrict(code("001"));
    assertThatThrownBy(() -> UNITS.resolve(location, "receiver"))
        .hasMessageStartingWith(
            "receiver.district: 001 is not one of the 2025-03-01 districts of 00634 Phường Tây Mỗ");
  }

  @Test
  void refusesANewCommuneOfAnotherProvince() {
    assertThatThrownBy(
            () -> UNITS.resolve(Location.after2025July(code("79"), code("00691")), "sender"))
        .hasMessage("sender.commune: 00691 lies in province 08, not 79");
  }

  @Test
  void everyNewCommuneResolvesOrIsRefusedWithAReason() {
    int resolved = 0;
    int ambiguous = 0;
    for (var unit : UNITS.after2025July().units(Level.COMMUNE)) {
      try {
        UNITS.resolve(Location.after2025July(unit.province(), unit.code()), "receiver");
        resolved++;
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).startsWith("receiver.commune: " + unit.code());
        ambiguous++;
      }
    }
    // 321 new communes span several old districts; 5 have no old commune in the mapping.
    assertThat(resolved).isEqualTo(2_995);
    assertThat(ambiguous).isEqualTo(326);
  }

  private static AdministrativeUnitCode code(String value) {
    return AdministrativeUnitCode.parse(value);
  }
}
