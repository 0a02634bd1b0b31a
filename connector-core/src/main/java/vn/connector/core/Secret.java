package vn.connector.core;

import java.util.Objects;

/**
 * A credential (client secret, API key, shared checksum key). It never shows itself: {@link
 * #toString()} is {@code ****}, so a secret cannot leak through a log line or an exception message.
 * Load it from configuration, the environment or a key store, never from source.
 *
 * <pre>{@code
 * Secret secret = Secret.of(System.getenv("C06_SECRET"));
 * }</pre>
 */
public final class Secret {

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  public static Secret of(String value) {
    Objects.requireNonNull(value, "secret");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("secret: must not be empty");
    }
    return new Secret(value);
  }

  /** The secret itself, for the wire layer only. Never log it. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret s
        && java.security.MessageDigest.isEqual(
            value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            s.value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return 0;
  }

  @Override
  public String toString() {
    return "****";
  }
}
