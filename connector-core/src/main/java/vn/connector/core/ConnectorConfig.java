package vn.connector.core;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Endpoints and credentials from a properties file, so that the same program talks to the simulator
 * or to a real gateway without code changes. Errors name the key at fault; secrets are returned as
 * {@link Secret} and never echoed.
 *
 * <pre>{@code
 * Optional<ConnectorConfig> config = ConnectorConfig.fromEnvironment();   // CONNECTOR_CONFIG
 * HttpTransport.Builder http = config.get().transport();                 // http.* and tls.* keys
 * URI endpoint = config.get().uri("population.endpoint");
 * }</pre>
 *
 * <p>Keys read by {@link #transport()}: {@code http.connectTimeout}, {@code http.responseTimeout}
 * (ISO-8601 durations such as {@code PT30S}), {@code http.maxConnections}, {@code tls.trustAnchors}
 * (PEM file), {@code tls.useJvmDefaultTrust}, {@code tls.clientPkcs12} with {@code
 * tls.clientPkcs12Password}, or {@code tls.clientKeyPem} with {@code tls.clientChainPem}.
 */
public final class ConnectorConfig {

  /** The environment variable naming the properties file. */
  public static final String ENVIRONMENT_VARIABLE = "CONNECTOR_CONFIG";

  private final Properties properties;
  private final String source;

  private ConnectorConfig(Properties properties, String source) {
    this.properties = properties;
    this.source = source;
  }

  /** The file named by {@code CONNECTOR_CONFIG}, or empty when the variable is not set. */
  public static Optional<ConnectorConfig> fromEnvironment() {
    String file = System.getenv(ENVIRONMENT_VARIABLE);
    return file == null || file.isBlank() ? Optional.empty() : Optional.of(load(Path.of(file)));
  }

  public static ConnectorConfig load(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + ": cannot read " + file, e);
    }
    return new ConnectorConfig(p, file.toString());
  }

  public static ConnectorConfig of(Map<String, String> values) {
    Properties p = new Properties();
    p.putAll(values);
    return new ConnectorConfig(p, "map");
  }

  /**
   * The keys present, sorted; for tools that list what is configured (the CLI's doctor). Values are
   * read through the typed getters, so that secrets stay {@link Secret}s.
   */
  public Set<String> keys() {
    return java.util.Collections.unmodifiableSet(new TreeSet<>(properties.stringPropertyNames()));
  }

  public Optional<String> optional(String key) {
    String v = properties.getProperty(Objects.requireNonNull(key, "key"));
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  public String string(String key) {
    return optional(key)
        .orElseThrow(() -> new IllegalArgumentException(key + ": missing in " + source));
  }

  public Secret secret(String key) {
    return Secret.of(string(key));
  }

  public URI uri(String key) {
    String text = string(key);
    URI u;
    try {
      u = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": not a URL (" + e.getMessage() + ")", e);
    }
    if (!u.isAbsolute()) {
      throw new IllegalArgumentException(
          key + ": must be an absolute URL, such as https://lgsp.example.gov.vn/api");
    }
    return u;
  }

  public Duration duration(String key, Duration defaultValue) {
    Optional<String> v = optional(key);
    try {
      return v.map(Duration::parse).orElse(defaultValue);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(key + ": must be an ISO-8601 duration such as PT30S", e);
    }
  }

  public int integer(String key, int defaultValue) {
    Optional<String> v = optional(key);
    try {
      return v.map(Integer::parseInt).orElse(defaultValue);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": must be a whole number", e);
    }
  }

  /**
   * A switch: {@code true} or {@code false} (any case), {@code defaultValue} when absent. Anything
   * else is refused: a typo in a switch that guards security must not turn it off silently.
   */
  public boolean flag(String key, boolean defaultValue) {
    Optional<String> v = optional(key);
    if (v.isEmpty()) {
      return defaultValue;
    }
    if (v.get().equalsIgnoreCase("true")) {
      return true;
    }
    if (v.get().equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException(key + ": must be true or false, was '" + v.get() + "'");
  }

  /** An {@link HttpTransport} builder configured from the {@code http.*} and {@code tls.*} keys. */
  public HttpTransport.Builder transport() {
    HttpTransport.Builder b =
        HttpTransport.builder()
            .connectTimeout(duration("http.connectTimeout", Duration.ofSeconds(5)))
            .responseTimeout(duration("http.responseTimeout", Duration.ofSeconds(30)))
            .maxConnections(
                integer("http.maxConnections", HttpTransport.Builder.DEFAULT_MAX_CONNECTIONS));
    tls().ifPresent(b::tls);
    return b;
  }

  /** TLS settings from the {@code tls.*} keys, when any is given. */
  public Optional<TlsSettings> tls() {
    // Any tls.* key means TLS is meant: a client certificate alone then gets the builder's clear
    // "trust anchors are required" rather than being dropped silently.
    if (properties.stringPropertyNames().stream().noneMatch(k -> k.startsWith("tls."))) {
      return Optional.empty();
    }
    TlsSettings.Builder b = TlsSettings.builder();
    optional("tls.trustAnchors").ifPresent(f -> b.trustAnchorsPem(Path.of(f)));
    if (Boolean.parseBoolean(optional("tls.useJvmDefaultTrust").orElse("false"))) {
      b.useJvmDefaultTrust();
    }
    optional("tls.clientPkcs12")
        .ifPresent(
            f ->
                b.clientCertificatePkcs12(
                    Path.of(f), string("tls.clientPkcs12Password").toCharArray()));
    optional("tls.clientKeyPem")
        .ifPresent(f -> b.clientCertificatePem(Path.of(f), Path.of(string("tls.clientChainPem"))));
    return Optional.of(b.build());
  }

  @Override
  public String toString() {
    return "ConnectorConfig[" + source + ", " + properties.size() + " keys]";
  }
}
