package vn.connector.core.security;

import java.util.Optional;

/**
 * The outcome of checking one signed message (kết quả xác minh chữ ký). A failed verification names
 * the rule that failed, such as {@code "content-digest mismatch"} or {@code "nonce replayed"}.
 *
 * @param valid true when every rule passed
 * @param failedRule the rule that failed, {@code null} when valid
 * @param keyId the {@code keyid} the message named, {@code null} when unreadable
 * @param algorithm the {@code alg} the message named, {@code null} when unreadable
 * @param signatureInput the {@code Signature-Input} (or WS-Security signature method) as received
 * @param signature the signature value as received (base64)
 */
public record SignatureVerification(
    boolean valid,
    String failedRule,
    String keyId,
    String algorithm,
    String signatureInput,
    String signature) {

  /** A passed verification. */
  public static SignatureVerification passed(
      String keyId, String algorithm, String signatureInput, String signature) {
    return new SignatureVerification(true, null, keyId, algorithm, signatureInput, signature);
  }

  /** A failed verification naming {@code rule}. */
  public static SignatureVerification failed(
      String rule, String keyId, String algorithm, String signatureInput, String signature) {
    return new SignatureVerification(false, rule, keyId, algorithm, signatureInput, signature);
  }

  /** The failed rule, empty when valid. */
  public Optional<String> failure() {
    return Optional.ofNullable(failedRule);
  }
}
