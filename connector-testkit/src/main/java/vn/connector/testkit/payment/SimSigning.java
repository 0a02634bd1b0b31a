package vn.connector.testkit.payment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The simulator's own checksum code, written apart from the SDK's on purpose: a shared bug would
 * otherwise pass every test.
 */
final class SimSigning {

  private SimSigning() {}

  /** sha256hex(f1|f2|…|fn|secret). */
  static String maXacThuc(String secret, String... fields) {
    return sha256Hex(String.join("|", fields) + "|" + secret);
  }

  static String sha256Hex(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean same(String expected, String received) {
    return received != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8));
  }
}
