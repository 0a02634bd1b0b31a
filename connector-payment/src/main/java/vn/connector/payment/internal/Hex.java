package vn.connector.payment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as the payment systems write it: lowercase hex of the UTF-8 bytes. */
public final class Hex {

  private Hex() {}

  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (java.security.MessageDigest Javadoc).
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /**
   * Compares two hex digests in time independent of where they differ, so a forger learns nothing
   * from response timing. Hex case is ignored: the contract says lowercase, a sender's case is no
   * part of the secret.
   */
  public static boolean sameDigest(String expected, String received) {
    if (expected == null || received == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8),
        received.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
  }
}
