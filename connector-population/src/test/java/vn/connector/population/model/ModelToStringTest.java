package vn.connector.population.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.connector.core.BirthDate;
import vn.connector.core.CitizenId;
import vn.connector.core.Gender;

/**
 * Records end up in logs through {@code toString()}: none may print a name, an ID or an address.
 */
class ModelToStringTest {

  private static final CitizenId FATHER_ID = CitizenId.parse("001060012345");
  private static final CitizenId FATHER_CMND = CitizenId.parse("012345678");
  private static final String[] PERSONAL = {
    "Nguyễn", "Văn", "Hùng", "001060012345", "012345678", "Tràng Tiền", "Hoàn Kiếm"
  };

  @Test
  void relativeShowsNoNameOrId() {
    Relative father = new Relative("Nguyễn Văn Hùng", "VN", FATHER_ID, FATHER_CMND);

    assertThat(father.toString()).doesNotContain(PERSONAL).contains("N***", "0010******45", "VN");
  }

  @Test
  void relativeWithMissingPartsStillPrints() {
    assertThat(new Relative(null, null, null, null).toString()).startsWith("Relative[");
  }

  @Test
  void householdLinkShowsNoNameOrId() {
    HouseholdLink link = new HouseholdLink("CH02", FATHER_ID, FATHER_CMND, "Nguyễn Văn Hùng");

    assertThat(link.toString()).doesNotContain(PERSONAL).contains("CH02", "0010******45");
  }

  @Test
  void addressShowsNoPart() {
    Address home = new Address("01", "002", "00040", "Số 1 Tràng Tiền, Hoàn Kiếm", "VN");

    assertThat(home.toString()).doesNotContain(PERSONAL).doesNotContain("00040", "002");
  }

  @Test
  void citizenAndHouseholdShowNoPersonalData() {
    Address home = new Address("01", "002", "00040", "Số 1 Tràng Tiền, Hoàn Kiếm", "VN");
    Relative father = new Relative("Nguyễn Văn Hùng", "VN", FATHER_ID, FATHER_CMND);
    Citizen son =
        new Citizen(
            CitizenId.parse("001090012345"),
            null,
            new CitizenName("Nguyễn", "Văn", "An"),
            Gender.MALE,
            BirthDate.of(1990, 1, 15),
            "01",
            "00",
            null,
            null,
            "VN",
            null,
            home,
            home,
            home,
            home,
            father,
            null,
            null,
            null,
            new HouseholdLink("CH02", FATHER_ID, null, "Nguyễn Văn Hùng"),
            null,
            null);
    Household household = new Household(List.of(new HouseholdMember(son, "CH02")));

    assertThat(son.toString()).doesNotContain(PERSONAL).doesNotContain("001090012345", "An]");
    assertThat(household.toString()).doesNotContain(PERSONAL).doesNotContain("001090012345");
  }
}
