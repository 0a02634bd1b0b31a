package vn.connector.core.security.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

/**
 * Converts ECDSA P-256 signatures between the raw r‖s form of RFC 9421 §3.3.4 and the DER form JCA
 * providers speak. The range checks are here, not left to the provider, because r = s = 0 once
 * verified as valid in the JDK (CVE-2022-21449).
 */
public final class EcdsaEncoding {

  /** Order n of the P-256 group. */
  static final BigInteger P256_ORDER =
      new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

  private static final int HALF = 32;

  private EcdsaEncoding() {}

  /**
   * DER for a raw 64-byte signature.
   *
   * @throws IllegalArgumentException when the length is not 64 or r or s is outside [1, n-1]
   */
  public static byte[] rawToDer(byte[] raw) {
    if (raw.length != 2 * HALF) {
      throw new IllegalArgumentException("signature: must be 64 bytes, was " + raw.length);
    }
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(raw, 0, HALF));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, HALF, 2 * HALF));
    requireInRange(r, "r");
    requireInRange(s, "s");
    try {
      return new DERSequence(new ASN1Encodable[] {new ASN1Integer(r), new ASN1Integer(s)})
          .getEncoded();
    } catch (IOException e) {
      throw new IllegalStateException("DER encoding failed", e);
    }
  }

  /** The raw 64-byte form of a DER signature produced by a provider. */
  public static byte[] derToRaw(byte[] der) {
    ASN1Sequence seq = ASN1Sequence.getInstance(der);
    if (seq.size() != 2) {
      throw new IllegalArgumentException("signature: DER sequence must hold r and s");
    }
    byte[] raw = new byte[2 * HALF];
    copyUnsigned(ASN1Integer.getInstance(seq.getObjectAt(0)).getValue(), raw, 0);
    copyUnsigned(ASN1Integer.getInstance(seq.getObjectAt(1)).getValue(), raw, HALF);
    return raw;
  }

  private static void requireInRange(BigInteger value, String name) {
    if (value.signum() <= 0 || value.compareTo(P256_ORDER) >= 0) {
      throw new IllegalArgumentException("signature: " + name + " out of range");
    }
  }

  private static void copyUnsigned(BigInteger value, byte[] target, int offset) {
    byte[] bytes = value.toByteArray();
    int start = bytes.length > HALF ? bytes.length - HALF : 0;
    int length = bytes.length - start;
    if (length > HALF || (start > 0 && bytes[0] != 0)) {
      throw new IllegalArgumentException("signature: integer longer than 32 bytes");
    }
    System.arraycopy(bytes, start, target, offset + HALF - length, length);
  }
}
