package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.connector.core.Auth;
import vn.connector.core.ConnectorConfig;

class XRoadIdentifiersTest {

  @Test
  void parsesTheModelledNationalForm() {
    XRoadIdentifiers ids =
        XRoadIdentifiers.parse(" VN/GOV/000.00.01.H56/portal ", "VN/GOV/000.00.00.C06/dancu", null);

    assertThat(ids.client())
        .isEqualTo(new XRoadIdentifiers.Subsystem("VN", "GOV", "000.00.01.H56", "portal"));
    assertThat(ids.service().toString()).isEqualTo("VN/GOV/000.00.00.C06/dancu");
    assertThat(ids.serviceVersion()).isNull();
  }

  @Test
  void rejectsAnIdentifierNotInFourPartsNamingTheField() {
    assertThatThrownBy(
            () ->
                XRoadIdentifiers.parse("VN/GOV/000.00.01.H56", "VN/GOV/000.00.00.C06/dancu", "v1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("client: must be instance/memberClass");
    assertThatThrownBy(
            () ->
                XRoadIdentifiers.parse(
                    "VN/GOV/000.00.01.H56/portal", "VN//000.00.00.C06/dancu", "v1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("service.memberClass:");
    assertThatThrownBy(
            () ->
                XRoadIdentifiers.parse(
                    "VN/GOV/000.00.01.H56/portal", "VN/GOV/000.00.00.C06/dancu", "v 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("serviceVersion:");
  }

  @Test
  void jsonProfileRefusesSoapHeaders() {
    PopulationClientBuilder b =
        PopulationClient.builder()
            .profile(PopulationProfile.LGSP_JSON)
            .endpoint(URI.create("https://lgsp.example/dancu"))
            .auth(Auth.none())
            .serviceCode("VPCP")
            .integrationCode("037")
            .xRoadIdentifiers(
                XRoadIdentifiers.parse(
                    "VN/GOV/000.00.01.H56/portal", "VN/GOV/000.00.00.C06/dancu", null));

    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("LGSP_JSON");
  }

  @Test
  void configurationNeedsClientAndServiceTogether() {
    ConnectorConfig config =
        ConnectorConfig.of(
            Map.ofEntries(
                Map.entry("population.endpoint", "https://c06.example/dancu"),
                    Map.entry("population.serviceCode", "VPCP"),
                Map.entry("population.integrationCode", "037"),
                    Map.entry("population.xroad.client", "VN/GOV/000.00.01.H56/portal")));

    assertThatThrownBy(() -> PopulationClient.builder().configure(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("population.xroad.service: missing");
  }

  @Test
  void configurationNamesTheMalformedXroadKey() {
    ConnectorConfig config =
        ConnectorConfig.of(
            Map.of(
                "population.xroad.client",
                "VN/GOV/000.00.01.H56/portal",
                "population.xroad.service",
                "C06"));

    assertThatThrownBy(() -> PopulationConfig.xRoad(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("population.xroad.service: must be");
  }

  @Test
  void configurationBuildsADirectClientWhoseRestHeaderDefaultsToTheXroadClient() {
    ConnectorConfig config =
        ConfigFixtures.directWith(
            "population.xroad.client", "VN/GOV/000.00.01.H56/portal",
            "population.xroad.service", "VN/GOV/000.00.00.C06/dancu",
            "population.xroad.serviceVersion", "v1");

    assertThat(PopulationConfig.xRoad(config))
        .contains(
            XRoadIdentifiers.parse(
                "VN/GOV/000.00.01.H56/portal", "VN/GOV/000.00.00.C06/dancu", "v1"));
    try (PopulationClient client = PopulationClient.builder().configure(config).build()) {
      assertThat(client).isNotNull();
    }
  }
}
