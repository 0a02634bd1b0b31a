package vn.connector.core.security.internal;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import vn.connector.core.Secret;

/**
 * The deployment's key for evidence digests: HMAC-SHA256, so that a digest of a small body (a
 * citizen ID and little else) cannot be reversed by trying every ID.
 */
public final class EvidenceKey {

  private final SharedSecret secret;

  private EvidenceKey(SharedSecret secret) {
    this.secret = secret;
  }

  /**
   * The key from its base64 form.
   *
   * @throws IllegalArgumentException {@code "evidenceKey: ..."} when not base64 or shorter than 32
   *     bytes
   */
  public static EvidenceKey of(Secret base64Key) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(Objects.requireNonNull(base64Key, "evidenceKey").reveal());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("evidenceKey: must be base64");
    }
    try {
      return new EvidenceKey(new SharedSecret(bytes, "evidenceKey"));
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** Base64 HMAC-SHA256 of {@code body}. */
  public String digest(byte[] body) {
    return Base64.getEncoder().encodeToString(secret.mac(body));
  }

  @Override
  public String toString() {
    return "EvidenceKey[****]";
  }
}
