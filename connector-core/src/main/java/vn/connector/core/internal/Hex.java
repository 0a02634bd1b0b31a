package vn.connector.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** SHA-256 in lowercase hex, the checksum form every legacy national profile uses. */
public final class Hex {

  private Hex() {}

  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest(bytes));
  }

  public static byte[] digest(byte[] bytes) {
    return Digests.of("SHA-256", bytes);
  }

  /** Compares two hex checksums in constant time, ignoring case. */
  public static boolean equalsConstantTime(String expected, String actual) {
    if (expected == null || actual == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
        actual.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
  }
}
