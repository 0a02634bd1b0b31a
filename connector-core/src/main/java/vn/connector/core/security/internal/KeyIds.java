package vn.connector.core.security.internal;

import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import vn.connector.core.security.SignatureAlgorithm;

/** Key ids and the algorithm a key type implies. */
public final class KeyIds {

  private static final int P256_FIELD_BITS = 256;
  private static final int MIN_RSA_BITS = 2048;

  private KeyIds() {}

  /**
   * The default key id of a certificate: base64url SHA-256 of its DER encoding (the JOSE {@code
   * x5t#S256} thumbprint), so both sides derive it without a registry.
   */
  public static String of(X509Certificate certificate) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(ContentDigest.digest("SHA-256", certificate.getEncoded()));
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("certificate: cannot be encoded");
    }
  }

  /** The one algorithm the SDK uses with this key. */
  public static SignatureAlgorithm algorithmFor(PublicKey key) {
    if (key instanceof ECPublicKey ec) {
      if (ec.getParams().getCurve().getField().getFieldSize() != P256_FIELD_BITS) {
        throw new IllegalArgumentException("key: only P-256 EC keys are supported");
      }
      return SignatureAlgorithm.ECDSA_P256_SHA256;
    }
    if (key instanceof RSAPublicKey rsa) {
      if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
        throw new IllegalArgumentException("key: RSA keys must have at least 2048 bits");
      }
      return SignatureAlgorithm.RSA_PSS_SHA512;
    }
    if ("Ed25519".equalsIgnoreCase(key.getAlgorithm())
        || "EdDSA".equalsIgnoreCase(key.getAlgorithm())) {
      return SignatureAlgorithm.ED25519;
    }
    throw new IllegalArgumentException("key: unsupported key type " + key.getAlgorithm());
  }
}
