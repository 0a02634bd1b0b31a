package vn.connector.population;

import java.util.HashMap;
import java.util.Map;
import vn.connector.core.ConnectorConfig;

/** CONNECTOR_CONFIG contents of a direct-profile client, for configuration tests. */
final class ConfigFixtures {

  private ConfigFixtures() {}

  /** The direct-profile keys, plus {@code extra} as key, value, key, value, ... */
  static ConnectorConfig directWith(String... extra) {
    Map<String, String> keys = new HashMap<>();
    keys.put("population.endpoint", "https://c06.example/dancu");
    keys.put("population.serviceCode", "VPCP");
    keys.put("population.integrationCode", "037");
    keys.put("population.user", "u");
    keys.put("population.secret", "s");
    keys.put("population.apiKey", "k");
    for (int i = 0; i + 1 < extra.length; i += 2) {
      keys.put(extra[i], extra[i + 1]);
    }
    return ConnectorConfig.of(keys);
  }
}
