package vn.connector.core.security;

import java.security.PrivateKey;
import java.security.Provider;
import java.util.Objects;
import vn.connector.core.Secret;
import vn.connector.core.security.internal.HmacSigner;
import vn.connector.core.security.internal.JcaSigner;

/**
 * Produces signatures with the agency's private key (khóa ký của cơ quan). Implement it to plug in
 * a token or HSM that does not expose a JCA key; a PKCS#11 key from {@code SunPKCS11} works as is
 * through {@link #of(PrivateKey, SignatureAlgorithm, String, Provider)}. Implementations must be
 * thread-safe.
 *
 * <pre>{@code
 * Signer signer = Signer.of(identity.privateKey(), SignatureAlgorithm.ECDSA_P256_SHA256, identity.keyId());
 * byte[] signature = signer.sign(signatureBase);   // raw r||s for ECDSA, as RFC 9421 wants it
 * }</pre>
 */
public interface Signer {

  /** The algorithm this signer produces. */
  SignatureAlgorithm algorithm();

  /** The key id the verifier looks the key up by ({@code keyid}). */
  String keyId();

  /**
   * Signs {@code data}. For ECDSA the result is the raw 64-byte r‖s form of RFC 9421 §3.3.4.
   *
   * @throws IllegalStateException when the key or the provider cannot sign
   */
  byte[] sign(byte[] data);

  /**
   * A signer backed by a JCA key. Software EC and Ed25519 keys sign with BouncyCastle (faster than
   * SunEC on JDK 17, see benchmarks/results/security-signatures.txt), RSA keys with the JDK; keys
   * that cannot be encoded (tokens, HSMs) sign with whichever provider JCA finds for them.
   */
  static Signer of(PrivateKey key, SignatureAlgorithm algorithm, String keyId) {
    return new JcaSigner(key, algorithm, keyId, null);
  }

  /**
   * A signer backed by a JCA key and a given provider: a PKCS#11 provider for a token, or
   * BouncyCastle where it is faster on the JDK in use.
   */
  static Signer of(PrivateKey key, SignatureAlgorithm algorithm, String keyId, Provider provider) {
    return new JcaSigner(key, algorithm, keyId, Objects.requireNonNull(provider, "provider"));
  }

  /**
   * An {@code hmac-sha256} signer from a configured secret holding the base64 of the key bytes (as
   * RFC 9421 Appendix B.1.5 writes it); use it only where both sides agreed on the secret.
   */
  static Signer hmacSha256(Secret base64Secret, String keyId) {
    byte[] secret = decode(base64Secret);
    try {
      return new HmacSigner(secret, keyId);
    } finally {
      java.util.Arrays.fill(secret, (byte) 0);
    }
  }

  /** The key bytes of a base64 secret; the message never shows the secret. */
  private static byte[] decode(Secret base64Secret) {
    try {
      return java.util.Base64.getDecoder()
          .decode(Objects.requireNonNull(base64Secret, "sharedSecret").reveal());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("sharedSecret: must be base64");
    }
  }

  /**
   * An {@code hmac-sha256} signer; use it only where both sides agreed on the shared secret. The
   * bytes are copied: zero {@code sharedSecret} afterwards if it is yours.
   */
  static Signer hmacSha256(byte[] sharedSecret, String keyId) {
    return new HmacSigner(sharedSecret, keyId);
  }
}
