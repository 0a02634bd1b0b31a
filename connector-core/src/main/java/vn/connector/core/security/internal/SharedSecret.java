package vn.connector.core.security.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.security.auth.Destroyable;

/**
 * An {@code hmac-sha256} secret held so that it leaks through nothing but the MAC: no public
 * accessor, no {@code toString} or {@code hashCode} derived from the bytes (a {@code SecretKeySpec}
 * hash code gives away 32 bits of the key), and {@link #destroy()} zeroes the bytes. Thread-safe.
 */
public final class SharedSecret implements Destroyable {

  private final byte[] bytes;
  private volatile boolean destroyed;

  /** Copies {@code secret}; the caller may zero its own array afterwards. */
  public SharedSecret(byte[] secret, String field) {
    if (secret.length < 32) {
      throw new IllegalArgumentException(field + ": must be at least 32 bytes for hmac-sha256");
    }
    this.bytes = secret.clone();
  }

  /** HMAC-SHA256 of {@code data}. */
  public byte[] mac(byte[] data) {
    if (destroyed) {
      throw new IllegalStateException("shared secret destroyed");
    }
    SecretKey key = new MacKey(bytes);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** True when {@code signature} is the MAC of {@code data}, compared in constant time. */
  public boolean verifies(byte[] data, byte[] signature) {
    return MessageDigest.isEqual(mac(data), signature);
  }

  @Override
  public void destroy() {
    destroyed = true;
    Arrays.fill(bytes, (byte) 0);
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  @Override
  public String toString() {
    return "SharedSecret[****]";
  }

  /**
   * The key handed to JCA for one MAC. The JDK's HMAC copies the bytes from {@code getEncoded()}
   * and zeroes its copy; this object lives only for the call.
   */
  private static final class MacKey implements SecretKey {
    private static final long serialVersionUID = 1L;
    private final transient byte[] bytes;

    MacKey(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public String getAlgorithm() {
      return "HmacSHA256";
    }

    @Override
    public String getFormat() {
      return "RAW";
    }

    @Override
    public byte[] getEncoded() {
      return bytes.clone();
    }

    @Override
    public String toString() {
      return "MacKey[****]";
    }
  }
}
