package vn.connector.civilregistry;

import java.net.URI;
import java.util.Objects;

/** Base URLs and configurable paths: the contract's paths are configuration values. */
final class Endpoints {

  private Endpoints() {}

  /** An absolute http(s) URL ending in {@code /}, so that paths resolve under it. */
  static URI base(URI endpoint, String field) {
    Objects.requireNonNull(endpoint, field);
    if (!endpoint.isAbsolute() || endpoint.getHost() == null) {
      throw new IllegalArgumentException(field + ": must be an absolute http(s) URL");
    }
    String s = endpoint.toString();
    return URI.create(s.endsWith("/") ? s : s + "/");
  }

  /** A relative path such as {@code NhanDKHT} or {@code api/x/y}. */
  static String path(String path, String field) {
    Objects.requireNonNull(path, field);
    String p = path.strip().replaceAll("^/+", "");
    if (p.isEmpty() || p.contains("..") || p.contains("://") || p.contains("?")) {
      throw new IllegalArgumentException(field + ": must be a relative path, was '" + path + "'");
    }
    return p;
  }
}
