package vn.connector.core.security.internal;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.connector.core.security.SignatureAlgorithm;

/** The JCA operations behind each {@link SignatureAlgorithm}, with the provider made explicit. */
public final class Primitives {

  /** RFC 9421 §3.3.1: SHA-512, MGF1 with SHA-512, 64-byte salt, trailer field 1. */
  private static final PSSParameterSpec PSS_SHA512 =
      new PSSParameterSpec("SHA-512", "MGF1", MGF1ParameterSpec.SHA512, 64, 1);

  private static final int ED25519_SIGNATURE_LENGTH = 64;

  private Primitives() {}

  /**
   * Signs {@code data} with an asymmetric key on {@code provider} (null: the JDK's choice; {@link
   * Providers#forSigning} picks one); ECDSA comes back in raw r‖s form.
   */
  public static byte[] sign(
      SignatureAlgorithm algorithm, PrivateKey key, Provider provider, byte[] data)
      throws GeneralSecurityException {
    Signature signature = newSignature(algorithm, provider);
    // The thread's own generator: initSign(key) takes a shared new SecureRandom(), whose NativePRNG
    // lock was the most contended monitor of a signed call at 32 callers (issue 16).
    signature.initSign(key, vn.connector.core.internal.Randoms.mine());
    signature.update(data);
    byte[] result = signature.sign();
    return algorithm == SignatureAlgorithm.ECDSA_P256_SHA256
        ? EcdsaEncoding.derToRaw(result)
        : result;
  }

  /**
   * True only for a valid signature. Malformed signatures (wrong length, r or s out of range, bad
   * encoding) are false, never an exception.
   */
  public static boolean verify(
      SignatureAlgorithm algorithm, Key key, Provider provider, byte[] data, byte[] sig) {
    try {
      if (algorithm == SignatureAlgorithm.HMAC_SHA256) {
        return MessageDigest.isEqual(hmacSha256(key.getEncoded(), data), sig);
      }
      byte[] encoded = sig;
      if (algorithm == SignatureAlgorithm.ECDSA_P256_SHA256) {
        encoded = EcdsaEncoding.rawToDer(sig);
      } else if (algorithm == SignatureAlgorithm.ED25519
          && sig.length != ED25519_SIGNATURE_LENGTH) {
        return false;
      }
      Signature signature =
          newSignature(
              algorithm, provider == null ? Providers.forVerification(algorithm) : provider);
      signature.initVerify((PublicKey) key);
      signature.update(data);
      return signature.verify(encoded);
    } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
      return false;
    }
  }

  /** HMAC-SHA256 of {@code data}. */
  public static byte[] hmacSha256(byte[] secret, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private static Signature newSignature(SignatureAlgorithm algorithm, Provider provider)
      throws NoSuchAlgorithmException, InvalidAlgorithmParameterException {
    String name = jcaName(algorithm);
    Signature signature =
        provider == null ? Signature.getInstance(name) : Signature.getInstance(name, provider);
    if (algorithm == SignatureAlgorithm.RSA_PSS_SHA512) {
      signature.setParameter(PSS_SHA512);
    }
    return signature;
  }

  private static String jcaName(SignatureAlgorithm algorithm) {
    switch (algorithm) {
      case ECDSA_P256_SHA256:
        return "SHA256withECDSA";
      case ED25519:
        return "Ed25519";
      case RSA_PSS_SHA512:
        return "RSASSA-PSS";
      default:
        throw new IllegalArgumentException("algorithm: not an asymmetric signature: " + algorithm);
    }
  }
}
