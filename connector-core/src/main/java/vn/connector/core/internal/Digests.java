package vn.connector.core.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

/**
 * One digest of a JCA algorithm over a whole input, on the JDK's default provider (the fastest for
 * SHA-2 here: docs/design/performance-notes.md), from an instance the thread keeps.
 *
 * <p>Looking the algorithm up costs about 300 ns on one thread, but under 32 callers on two cores
 * the lookup (provider list, service map, reflective constructor, fresh state) was a quarter of
 * {@code c06-signed-basic}'s work and 3% of a verification (issue 16). A {@link MessageDigest}
 * holds no secret between inputs ({@link MessageDigest#digest(byte[])} resets it), so keeping one
 * per thread and algorithm is safe; nothing calls back into this class while a digest runs.
 */
public final class Digests {

  private static final ThreadLocal<Map<String, MessageDigest>> MINE =
      ThreadLocal.withInitial(() -> new HashMap<>(4));

  private Digests() {}

  /** The digest of {@code input} by {@code jcaName} ({@code "SHA-256"}, {@code "SHA-512"}). */
  public static byte[] of(String jcaName, byte[] input) {
    Map<String, MessageDigest> mine = MINE.get();
    MessageDigest digest = mine.get(jcaName);
    if (digest == null) {
      digest = create(jcaName);
      mine.put(jcaName, digest);
    }
    return digest.digest(input);
  }

  private static MessageDigest create(String jcaName) {
    try {
      return MessageDigest.getInstance(jcaName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(jcaName + " unavailable", e);
    }
  }
}
