package vn.connector.core.security.internal;

import java.security.PrivateKey;
import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import vn.connector.core.security.SignatureAlgorithm;

/**
 * The provider used when the caller names none. BouncyCastle is used as an explicit instance, never
 * registered globally, so the application's provider list is left alone.
 */
public final class Providers {

  private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

  private Providers() {}

  public static Provider bouncyCastle() {
    return BOUNCY_CASTLE;
  }

  /**
   * {@code key} as BouncyCastle's own key object, made once by the owner of the key, for keys that
   * BouncyCastle signs or verifies with ({@link #forSigning}, {@link #forVerification}); the key
   * itself when it cannot be translated (a token's key, an algorithm BouncyCastle does not take).
   *
   * <p>Given a JDK key, BouncyCastle converts its curve on every signature and every verification,
   * and with it the generator point, so the table it precomputes for the generator is thrown away
   * each time: ECDSA P-256 on JDK keys measured 470 µs a signature and 390 µs a verification,
   * against 139 µs and 150 µs on translated keys (one thread, JDK 17, BouncyCastle 1.80; issue 16).
   */
  @SuppressWarnings("unchecked")
  public static <K extends java.security.Key> K translated(K key) {
    byte[] encoded = key.getEncoded();
    if (encoded == null) {
      return key;
    }
    try {
      // From the encoding, so that a named curve stays named (translateKey made explicit
      // parameters), and BouncyCastle uses its own P-256 arithmetic.
      java.security.KeyFactory factory =
          java.security.KeyFactory.getInstance(key.getAlgorithm(), BOUNCY_CASTLE);
      if (key instanceof PrivateKey && "PKCS#8".equals(key.getFormat())) {
        return (K) factory.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(encoded));
      }
      if (key instanceof java.security.PublicKey && "X.509".equals(key.getFormat())) {
        return (K) factory.generatePublic(new java.security.spec.X509EncodedKeySpec(encoded));
      }
    } catch (java.security.GeneralSecurityException | RuntimeException e) {
      // not a key BouncyCastle reads: keep it
    }
    return key;
  }

  /**
   * Signing: BouncyCastle for software EC and Ed25519 keys (measured faster than SunEC on JDK 17,
   * see benchmarks/results/security-signatures.txt: Ed25519 several times over); the JDK for RSA,
   * where BouncyCastle showed no gain. A key that cannot be encoded lives in a token or HSM: null
   * lets JCA pick the token's provider.
   */
  static Provider forSigning(SignatureAlgorithm algorithm, PrivateKey key) {
    return key.getEncoded() != null && algorithm != SignatureAlgorithm.RSA_PSS_SHA512
        ? BOUNCY_CASTLE
        : null;
  }

  /**
   * SignatureVerification: BouncyCastle for ECDSA and Ed25519 (faster, same results file), and
   * because SunEC in JDK 17 rejects valid P-256 signatures whose nonce point has an x-coordinate
   * above the group order (Wycheproof ecdsa p1363 cases 115 and 257). The JDK for RSA-PSS (no
   * difference).
   */
  public static Provider forVerification(SignatureAlgorithm algorithm) {
    return algorithm == SignatureAlgorithm.RSA_PSS_SHA512 ? null : BOUNCY_CASTLE;
  }
}
