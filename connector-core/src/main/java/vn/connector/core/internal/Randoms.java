package vn.connector.core.internal;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Strong random bytes from a generator of the calling thread's own: request ids, signature nonces,
 * payment references. {@link java.util.UUID#randomUUID()} and {@code new SecureRandom()} draw from
 * {@code NativePRNG}, whose instances share one JVM-wide lock; 32 callers were seen queueing on it
 * for about 140 ms at a time on a loaded 2-core machine, and at 32 callers it was the most
 * contended monitor of a payment INIT (issue 16). DRBG instances share nothing, and each is seeded
 * once from the system.
 */
public final class Randoms {

  private static final ThreadLocal<SecureRandom> MINE = ThreadLocal.withInitial(Randoms::create);

  private Randoms() {}

  /**
   * The calling thread's own strong generator, for JCA operations that draw randomness (an ECDSA
   * signature's nonce, which {@code Signature.initSign(key)} would take from a shared {@code new
   * SecureRandom()}). Use it on this thread only.
   */
  public static SecureRandom mine() {
    return MINE.get();
  }

  /** Fills {@code bytes} with strong random bytes. */
  public static void fill(byte[] bytes) {
    MINE.get().nextBytes(bytes);
  }

  /** A DRBG of the thread's own; the default generator where DRBG is absent. */
  private static SecureRandom create() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }
}
