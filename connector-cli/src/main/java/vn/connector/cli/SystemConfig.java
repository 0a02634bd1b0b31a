package vn.connector.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.connector.core.ConnectorConfig;

/**
 * One configured system as the doctor sees it: its key prefix and every URL among its keys (the
 * endpoint, the token URL, a payment platform's INIT URL, a portal's adapter). A system is
 * configured when at least one of its keys holds an absolute http(s) URL.
 *
 * @param urls by key, in key order
 */
record SystemConfig(String prefix, Map<String, URI> urls) {

  /** Prefixes of keys shared by every system, not systems themselves. */
  private static final Set<String> SHARED = Set.of("tls", "security", "http", "doctor");

  static List<SystemConfig> configured(ConnectorConfig config) {
    Set<String> prefixes = new TreeSet<>();
    for (String key : config.keys()) {
      int dot = key.indexOf('.');
      if (dot > 0 && !SHARED.contains(key.substring(0, dot))) {
        prefixes.add(key.substring(0, dot));
      }
    }
    List<SystemConfig> out = new ArrayList<>();
    for (String prefix : prefixes) {
      Map<String, URI> urls = new LinkedHashMap<>();
      for (String key : config.keys()) {
        if (key.startsWith(prefix + ".")) {
          url(config, key).ifPresent(u -> urls.put(key, u));
        }
      }
      if (!urls.isEmpty()) {
        out.add(new SystemConfig(prefix, urls));
      }
    }
    return out;
  }

  /** The URL calls go to: {@code <prefix>.endpoint} when set, else the first URL. */
  URI mainUrl() {
    URI endpoint = urls.get(prefix + ".endpoint");
    return endpoint != null ? endpoint : urls.values().iterator().next();
  }

  /** The key of {@link #mainUrl()}, for messages. */
  String mainKey() {
    return urls.containsKey(prefix + ".endpoint")
        ? prefix + ".endpoint"
        : urls.keySet().iterator().next();
  }

  /**
   * One URL per scheme, host and port, the main URL's first: DNS and TLS are checked once for each.
   */
  Map<String, URI> origins() {
    Map<String, URI> out = new LinkedHashMap<>();
    out.put(mainKey(), mainUrl());
    urls.forEach(
        (key, u) -> {
          boolean seen =
              out.values().stream()
                  .anyMatch(
                      o ->
                          o.getScheme().equalsIgnoreCase(u.getScheme())
                              && o.getHost().equalsIgnoreCase(u.getHost())
                              && port(o) == port(u));
          if (!seen) {
            out.put(key, u);
          }
        });
    return out;
  }

  static int port(URI u) {
    if (u.getPort() > 0) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  private static java.util.Optional<URI> url(ConnectorConfig config, String key) {
    String value = config.optional(key).orElse("");
    String lower = value.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return java.util.Optional.empty();
    }
    try {
      URI u = URI.create(value);
      return u.getHost() == null ? java.util.Optional.empty() : java.util.Optional.of(u);
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }
}
