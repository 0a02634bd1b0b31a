package vn.connector.core.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The HTTP message signature algorithms of the secured profile, named as in the RFC 9421 registry
 * (thuật toán chữ ký số).
 */
public enum SignatureAlgorithm {
  /** ECDSA on P-256 with SHA-256, signature in the raw 64-byte r‖s form. The profile's default. */
  ECDSA_P256_SHA256("ecdsa-p256-sha256"),
  /** EdDSA on Curve25519 (RFC 8032). */
  ED25519("ed25519"),
  /** RSASSA-PSS with SHA-512, MGF1 with SHA-512 and a 64-byte salt. */
  RSA_PSS_SHA512("rsa-pss-sha512"),
  /** HMAC with SHA-256 over a shared secret; only allowed where both sides agreed on the secret. */
  HMAC_SHA256("hmac-sha256");

  private final String wireName;

  SignatureAlgorithm(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in the {@code alg} signature parameter. */
  public String wireName() {
    return wireName;
  }

  /** The algorithm with this {@code alg} name, if the SDK knows it. */
  public static Optional<SignatureAlgorithm> fromWireName(String name) {
    return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
  }

  /** The asymmetric algorithms that verifiers accept unless configured otherwise. */
  public static Set<SignatureAlgorithm> defaultAllowed() {
    return EnumSet.of(ECDSA_P256_SHA256, ED25519, RSA_PSS_SHA512);
  }
}
