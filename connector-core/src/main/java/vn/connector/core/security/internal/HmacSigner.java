package vn.connector.core.security.internal;

import java.util.Objects;
import vn.connector.core.security.SignatureAlgorithm;
import vn.connector.core.security.Signer;

/** The {@code hmac-sha256} signer over a shared secret; the secret never leaves this object. */
public final class HmacSigner implements Signer {

  private final SharedSecret secret;
  private final String keyId;

  public HmacSigner(byte[] secret, String keyId) {
    this.secret = new SharedSecret(Objects.requireNonNull(secret, "sharedSecret"), "sharedSecret");
    this.keyId = Objects.requireNonNull(keyId, "keyId");
  }

  @Override
  public SignatureAlgorithm algorithm() {
    return SignatureAlgorithm.HMAC_SHA256;
  }

  @Override
  public String keyId() {
    return keyId;
  }

  @Override
  public byte[] sign(byte[] data) {
    return secret.mac(data);
  }

  @Override
  public String toString() {
    return "Signer[hmac-sha256, keyid=" + keyId + ", secret=****]";
  }
}
