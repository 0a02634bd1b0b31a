package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.connector.core.ConnectorConfig;

class SecuredProfileConfigTest {

  @Test
  void securedConfigurationNamesTheMissingSecurityKey() {
    ConnectorConfig config =
        ConfigFixtures.directWith(
            "population.auth.xRoadClient",
            "VN/GOV/000.00.01.H56/portal",
            "population.secured",
            "true");

    assertThatThrownBy(() -> PopulationClient.builder().configure(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("security.");
  }

  @Test
  void refusesASecuredSwitchThatIsNeitherTrueNorFalse() {
    ConnectorConfig config =
        ConfigFixtures.directWith(
            "population.auth.xRoadClient",
            "VN/GOV/000.00.01.H56/portal",
            "population.secured",
            "yes");

    assertThatThrownBy(() -> PopulationClient.builder().configure(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("population.secured: must be true or false, was 'yes'");
  }

  @Test
  void refusesTheOldXroadClientKeyByItsNewName() {
    ConnectorConfig config =
        ConfigFixtures.directWith("population.xroadClient", "VN/GOV/000.00.01.H56/portal");

    assertThatThrownBy(() -> PopulationClient.builder().configure(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("population.xroadClient was renamed population.auth.xRoadClient");
  }
}
