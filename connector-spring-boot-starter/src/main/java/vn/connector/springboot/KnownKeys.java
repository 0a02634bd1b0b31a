package vn.connector.springboot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The SDK's keys as it spells them (from the configuration metadata), found again from the form an
 * environment variable gives: {@code CONNECTOR_NATIONALPORTAL_ADAPTERURL} reaches Spring as {@code
 * nationalportal.adapterurl}, which the SDK, reading camelCase keys with dashes, would not see.
 */
final class KnownKeys {

  private static final String METADATA = "/META-INF/additional-spring-configuration-metadata.json";
  private static final Map<String, String> BY_LOOSE_FORM = load();

  private KnownKeys() {}

  /** The SDK's spelling of {@code key}, or {@code key} itself when it names no known key. */
  static String canonical(String key) {
    return BY_LOOSE_FORM.getOrDefault(loose(key), key);
  }

  private static String loose(String key) {
    return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> load() {
    try (InputStream in = KnownKeys.class.getResourceAsStream(METADATA)) {
      Map<String, String> keys = new HashMap<>();
      if (in == null) {
        return keys;
      }
      for (JsonNode p : new ObjectMapper().readTree(in).path("properties")) {
        String key = p.path("name").asText().substring(ConnectorEnvironment.PREFIX.length() + 1);
        keys.put(loose(key), key);
      }
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException(METADATA + ": unreadable", e);
    }
  }
}
