package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.connector.core.Auth;
import vn.connector.core.ConnectorConfig;

class PopulationClientBuilderTest {

  @Test
  void buildFailsFastNamingTheMissingSetting() {
    assertThatThrownBy(() -> PopulationClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("endpoint is required");
    assertThatThrownBy(
            () ->
                PopulationClient.builder()
                    .endpoint(URI.create("https://c06.example/dancu"))
                    .build())
        .hasMessageStartingWith("auth is required");
    assertThatThrownBy(
            () ->
                PopulationClient.builder()
                    .endpoint(URI.create("https://c06.example/dancu"))
                    .auth(Auth.none())
                    .build())
        .hasMessage("serviceCode is required");
  }

  @Test
  void settersRejectNull() {
    assertThatThrownBy(() -> PopulationClient.builder().endpoint(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("endpoint");
  }

  @Test
  void configurationNamesTheBadKey() {
    ConnectorConfig config =
        ConnectorConfig.of(
            Map.of(
                "population.endpoint",
                "https://c06.example/dancu",
                "population.profile",
                "carrier-pigeon"));

    assertThatThrownBy(() -> PopulationClient.builder().configure(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("population.profile:");
  }

  @Test
  void configurationBuildsAnLgspJsonClient() {
    ConnectorConfig config =
        ConnectorConfig.of(
            Map.ofEntries(
                Map.entry("population.endpoint", "https://lgsp.example/dancu"),
                    Map.entry("population.profile", "lgsp-json"),
                Map.entry("population.serviceCode", "VPCP"),
                    Map.entry("population.integrationCode", "037"),
                Map.entry("population.tokenUrl", "https://lgsp.example/token"),
                    Map.entry("population.lgsp.accessKey", "a"),
                Map.entry("population.lgsp.secretKey", "s"),
                    Map.entry("population.lgsp.appName", "app"),
                Map.entry("population.lgsp.partnerCode", "p"),
                    Map.entry("population.lgsp.partnerCodeCus", "pc")));

    try (PopulationClient client = PopulationClient.builder().configure(config).build()) {
      org.assertj.core.api.Assertions.assertThat(client).isNotNull();
    }
  }
}
