package vn.connector.core.security.internal;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Nonces seen inside the replay window, bounded in size. When full of still-live nonces it refuses
 * new ones rather than forgetting live ones, since forgetting would reopen the replay window.
 */
public final class NonceCache {

  private final int capacity;
  private final Map<String, Instant> seen = new LinkedHashMap<>();

  public NonceCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity: must be positive");
    }
    this.capacity = capacity;
  }

  /**
   * Records {@code nonce} (scoped to {@code keyId}) until {@code forgetAfter}.
   *
   * @throws RuleViolation {@code "nonce replayed"} or {@code "replay cache full"}
   */
  public synchronized void record(String keyId, String nonce, Instant forgetAfter, Instant now) {
    purge(now);
    String key = keyId + ' ' + nonce;
    if (seen.containsKey(key)) {
      throw new RuleViolation("nonce replayed");
    }
    if (seen.size() >= capacity) {
      throw new RuleViolation("replay cache full");
    }
    seen.put(key, forgetAfter);
  }

  public synchronized boolean contains(String keyId, String nonce, Instant now) {
    purge(now);
    return seen.containsKey(keyId + ' ' + nonce);
  }

  public synchronized int size() {
    return seen.size();
  }

  private void purge(Instant now) {
    for (Iterator<Instant> it = seen.values().iterator(); it.hasNext(); ) {
      // Insertion order is nearly expiry order; stopping at the first live entry keeps this cheap.
      if (!it.next().isBefore(now)) {
        return;
      }
      it.remove();
    }
  }
}
