package vn.connector.springboot;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import vn.connector.core.ConnectorConfig;

/**
 * The Spring {@link Environment}'s {@code connector.*} properties as a {@link ConnectorConfig}: the
 * prefix dropped, every other part of the key kept as written ({@code
 * connector.population.serviceCode} is {@code population.serviceCode}), so application.yml takes
 * exactly the keys of a {@code CONNECTOR_CONFIG} file. An environment variable such as {@code
 * CONNECTOR_POPULATION_SERVICECODE} reaches the same key through {@link KnownKeys}.
 */
final class ConnectorEnvironment {

  /** The prefix of every key in the Spring environment. */
  static final String PREFIX = "connector";

  private ConnectorEnvironment() {}

  static ConnectorConfig config(Environment environment) {
    return ConnectorConfig.of(properties(environment));
  }

  /**
   * Binder, not a walk over property sources: it applies Spring's precedence (command line over
   * environment over application.yml) and resolves placeholders such as {@code ${DVCQG_PASSWORD}}.
   */
  static Map<String, String> properties(Environment environment) {
    Map<String, String> bound =
        Binder.get(environment)
            .bind(PREFIX, Bindable.mapOf(String.class, String.class))
            .orElseGet(Map::of);
    Map<String, String> keys = new TreeMap<>();
    bound.forEach((key, value) -> keys.putIfAbsent(KnownKeys.canonical(key), value));
    // A key written as the SDK spells it wins over the same key from an environment variable's
    // form.
    bound.forEach(
        (key, value) -> {
          if (KnownKeys.canonical(key).equals(key)) {
            keys.put(key, value);
          }
        });
    return keys;
  }
}
