package vn.connector.core.security.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Nonces seen inside the replay window, bounded in size. Each nonce is kept until its own {@code
 * forgetAfter} and purged in expiry order, so one long-lived entry cannot shield those behind it.
 * When full of still-live nonces it refuses new ones rather than forgetting live ones, since
 * forgetting would reopen the replay window. Thread-safe.
 */
public final class NonceCache implements vn.connector.core.security.ReplayStore {

  private record Key(String keyId, String nonce) {}

  private record Expiry(Instant forgetAfter, Key key) {}

  private final int capacity;
  private final Map<Key, Instant> seen = new HashMap<>();
  private final PriorityQueue<Expiry> byExpiry =
      new PriorityQueue<>(Comparator.comparing(Expiry::forgetAfter));

  public NonceCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity: must be positive");
    }
    this.capacity = capacity;
  }

  /**
   * Records {@code nonce} (scoped to {@code keyId}) until {@code forgetAfter}, inclusive.
   *
   * @throws RuleViolation {@code "nonce replayed"} or {@code "replay cache full"}
   */
  public synchronized void record(String keyId, String nonce, Instant forgetAfter, Instant now) {
    purge(now);
    Key key = new Key(keyId, nonce);
    if (seen.containsKey(key)) {
      throw new RuleViolation("nonce replayed");
    }
    if (seen.size() >= capacity) {
      throw new RuleViolation("replay cache full");
    }
    seen.put(key, forgetAfter);
    byExpiry.add(new Expiry(forgetAfter, key));
  }

  /**
   * @throws IllegalStateException {@code "replay cache full"}
   */
  @Override
  public synchronized boolean firstSeen(
      String scope, String value, Instant forgetAfter, Instant now) {
    purge(now);
    Key key = new Key(scope, value);
    if (seen.containsKey(key)) {
      return false;
    }
    if (seen.size() >= capacity) {
      throw new IllegalStateException("replay cache full");
    }
    seen.put(key, forgetAfter);
    byExpiry.add(new Expiry(forgetAfter, key));
    return true;
  }

  @Override
  public String toString() {
    return "ReplayStore[in memory, capacity " + capacity + "]";
  }

  public synchronized boolean contains(String keyId, String nonce, Instant now) {
    purge(now);
    return seen.containsKey(new Key(keyId, nonce));
  }

  public synchronized int size() {
    return seen.size();
  }

  private void purge(Instant now) {
    while (!byExpiry.isEmpty() && byExpiry.peek().forgetAfter().isBefore(now)) {
      Expiry expired = byExpiry.poll();
      seen.remove(expired.key(), expired.forgetAfter());
    }
  }
}
