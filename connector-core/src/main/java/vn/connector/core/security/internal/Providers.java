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
  static Provider forVerification(SignatureAlgorithm algorithm) {
    return algorithm == SignatureAlgorithm.RSA_PSS_SHA512 ? null : BOUNCY_CASTLE;
  }
}
