package vn.connector.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import vn.connector.core.ConnectorConfig;

class ConnectorEnvironmentTest {

  @Test
  void readsEnvironmentVariablesUnderTheSdksSpelling() {
    StandardEnvironment env =
        environment(
            Map.of(),
            Map.of(
                "CONNECTOR_NATIONALPORTAL_ADAPTERURL",
                "https://dvc.example.gov.vn/adapter",
                "CONNECTOR_POPULATION_SERVICECODE",
                "VPCP"));

    ConnectorConfig config = ConnectorEnvironment.config(env);

    assertThat(config.string("national-portal.adapterUrl"))
        .isEqualTo("https://dvc.example.gov.vn/adapter");
    assertThat(config.string("population.serviceCode")).isEqualTo("VPCP");
  }

  @Test
  void letsAnEnvironmentVariableOverrideApplicationYmlAsSpringDoes() {
    StandardEnvironment env =
        environment(
            Map.of("connector.population.serviceCode", "FROM-YML"),
            Map.of("CONNECTOR_POPULATION_SERVICECODE", "FROM-ENV"));

    assertThat(ConnectorEnvironment.config(env).string("population.serviceCode"))
        .isEqualTo("FROM-ENV");
  }

  @Test
  void keepsKeysItDoesNotKnowAsWritten() {
    StandardEnvironment env =
        environment(Map.of("connector.national-portal.statusMapping.DA_KY_DUYET", "9"), Map.of());

    assertThat(ConnectorEnvironment.properties(env))
        .containsEntry("national-portal.statusMapping.DA_KY_DUYET", "9");
  }

  private static StandardEnvironment environment(
      Map<String, Object> yml, Map<String, Object> variables) {
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    env.getPropertySources()
        .addLast(
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
    env.getPropertySources().addLast(new MapPropertySource("application.yml", yml));
    return env;
  }
}
