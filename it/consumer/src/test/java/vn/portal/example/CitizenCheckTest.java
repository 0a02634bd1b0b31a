package vn.portal.example;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.BirthDate;
import vn.connector.core.Gender;
import vn.connector.population.PopulationClient;
import vn.connector.testkit.population.PopulationSimulatorExtension;

@ExtendWith(PopulationSimulatorExtension.class)
class CitizenCheckTest {

  @Test
  void confirmsAPersonaOfTheSimulatorAndRefusesAWrongName(PopulationClient client) {
    CitizenCheck check = new CitizenCheck(client);

    BirthDate born = BirthDate.of(1990, 1, 15);
    assertThat(check.confirms("001090012345", "Nguyễn Văn An", born, Gender.MALE)).isTrue();
    assertThat(check.confirms("001090012345", "Trần Văn An", born, Gender.MALE)).isFalse();
  }
}
