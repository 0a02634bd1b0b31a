package vn.connector.business;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.connector.business.model.Enterprise;
import vn.connector.core.EnterpriseCode;

/**
 * Enterprises recently found, keyed by code: bounded (least recently used goes first) and
 * short-lived (expiry read from the injected clock, so tests need not wait). Only found enterprises
 * are kept: a "not found" may be an enterprise registered a minute ago. Thread-safe.
 */
final class EnterpriseCache {

  private final Clock clock;
  private final Duration ttl;
  private final Map<EnterpriseCode, Entry> entries;

  EnterpriseCache(Clock clock, Duration ttl, int maxEntries) {
    this.clock = clock;
    this.ttl = ttl;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<EnterpriseCode, Entry> eldest) {
            return size() > maxEntries;
          }
        };
  }

  synchronized Optional<Enterprise> get(EnterpriseCode code) {
    Entry entry = entries.get(code);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expiresAt)) {
      entries.remove(code);
      return Optional.empty();
    }
    return Optional.of(entry.enterprise);
  }

  synchronized void put(EnterpriseCode code, Enterprise enterprise) {
    entries.put(code, new Entry(enterprise, clock.instant().plus(ttl)));
  }

  synchronized int size() {
    return entries.size();
  }

  private record Entry(Enterprise enterprise, Instant expiresAt) {}
}
