package vn.connector.population.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.connector.core.BirthDate;
import vn.connector.core.Gender;

class CitizenQueryTest {

  @Test
  void rejectsIdOfWrongLengthNamingTheField() {
    assertThatThrownBy(() -> CitizenQuery.of("12345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("citizenId:");
  }

  @Test
  void rejectsBirthYearThatDisagreesWithTheId() {
    assertThatThrownBy(
            () -> CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1991, 1, 15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("birthDate:");
  }

  @Test
  void rejectsBlankOrNonNameText() {
    assertThatThrownBy(() -> CitizenQuery.of("001090012345", "  ", BirthDate.of(1990, 1, 15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fullName");
    assertThatThrownBy(
            () -> CitizenQuery.of("001090012345", "An <script>", BirthDate.of(1990, 1, 15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fullName");
  }

  @Test
  void acceptsCmndWithAnyBirthYear() {
    CitizenQuery q = CitizenQuery.of("012345678", "Đỗ Văn Minh", BirthDate.of(1975, 2, 14));

    assertThat(q.id().isCmnd()).isTrue();
    assertThat(q.gender()).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void toStringShowsNoPersonalData() {
    CitizenQuery q =
        CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE);

    assertThat(q.toString()).doesNotContain("001090012345", "Nguyễn Văn An", "1990");
  }
}
