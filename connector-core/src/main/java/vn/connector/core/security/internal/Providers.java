package vn.connector.core.security.internal;

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
   * For ECDSA verification: SunEC in JDK 17 rejects valid P-256 signatures whose nonce point has
   * an x-coordinate above the group order (Wycheproof cases 115 and 257), BouncyCastle does not.
   * Everything else uses the JDK providers (null means "default").
   */
  static Provider forVerification(SignatureAlgorithm algorithm) {
    return algorithm == SignatureAlgorithm.ECDSA_P256_SHA256 ? BOUNCY_CASTLE : null;
  }
}
