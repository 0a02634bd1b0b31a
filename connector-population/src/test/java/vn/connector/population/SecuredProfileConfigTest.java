package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.connector.core.ConnectorConfig;

class SecuredProfileConfigTest {

  @Test
  void securedConfigurationNamesTheMissingSecurityKey() {
    ConnectorConfig config =
        ConnectorConfig.of(
            Map.ofEntries(
                Map.entry("population.endpoint", "https://c06.example/dancu"),
                    Map.entry("population.serviceCode", "VPCP"),
                Map.entry("population.integrationCode", "037"), Map.entry("population.user", "u"),
                Map.entry("population.secret", "s"), Map.entry("population.apiKey", "k"),
                Map.entry("population.xroadClient", "VN/GOV/000.00.01.H56/portal"),
                    Map.entry("population.secured", "true")));

    assertThatThrownBy(() -> PopulationClient.builder().configure(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("security.");
  }

  @Test
  void refusesASecuredSwitchThatIsNeitherTrueNorFalse() {
    ConnectorConfig config =
        ConnectorConfig.of(
            Map.ofEntries(
                Map.entry("population.endpoint", "https://c06.example/dancu"),
                Map.entry("population.serviceCode", "VPCP"),
                Map.entry("population.integrationCode", "037"),
                Map.entry("population.user", "u"),
                Map.entry("population.secret", "s"),
                Map.entry("population.apiKey", "k"),
                Map.entry("population.xroadClient", "VN/GOV/000.00.01.H56/portal"),
                Map.entry("population.secured", "yes")));

    assertThatThrownBy(() -> PopulationClient.builder().configure(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("population.secured: must be true or false, was 'yes'");
  }
}
