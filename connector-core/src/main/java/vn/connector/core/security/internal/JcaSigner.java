package vn.connector.core.security.internal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.util.Objects;
import vn.connector.core.security.SignatureAlgorithm;
import vn.connector.core.security.Signer;

/** A {@link Signer} over any JCA private key (software, PKCS#11, HSM provider). */
public final class JcaSigner implements Signer {

  private final PrivateKey key;

  /** The key as the signing provider takes it fastest ({@link Providers#translated}). */
  private final PrivateKey signingKey;

  private final SignatureAlgorithm algorithm;
  private final String keyId;
  private final Provider provider;

  /**
   * The provider signing uses, chosen once: choosing per signature asked the key for its encoding
   * each time, a copy of the key made under the key's lock, contended at 32 callers (issue 16).
   */
  private final Provider signingProvider;

  public JcaSigner(PrivateKey key, SignatureAlgorithm algorithm, String keyId, Provider provider) {
    this.key = Objects.requireNonNull(key, "key");
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.keyId = Objects.requireNonNull(keyId, "keyId");
    this.provider = provider;
    if (algorithm == SignatureAlgorithm.HMAC_SHA256) {
      throw new IllegalArgumentException(
          "algorithm: hmac-sha256 needs Signer.hmacSha256, not a private key");
    }
    this.signingProvider = provider != null ? provider : Providers.forSigning(algorithm, key);
    this.signingKey = signingProvider == Providers.bouncyCastle() ? Providers.translated(key) : key;
  }

  @Override
  public SignatureAlgorithm algorithm() {
    return algorithm;
  }

  @Override
  public String keyId() {
    return keyId;
  }

  @Override
  public byte[] sign(byte[] data) {
    try {
      return Primitives.sign(algorithm, signingKey, signingProvider, data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing with " + algorithm.wireName() + " failed", e);
    }
  }

  @Override
  public String toString() {
    return "Signer["
        + algorithm.wireName()
        + ", keyid="
        + keyId
        + (provider == null ? "" : ", " + provider.getName())
        + "]";
  }
}
