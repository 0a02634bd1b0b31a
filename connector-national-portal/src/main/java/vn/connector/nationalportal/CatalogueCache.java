package vn.connector.nationalportal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The catalogue kept between reads. The rule: an entry is served for {@code ttl} after it was
 * fetched; the first read after that fetches it again; {@link #clear()} forgets everything at once.
 * A failed fetch throws and leaves nothing cached, so a read never returns a catalogue older than
 * {@code ttl}. Thread-safe; two threads missing the same entry at once may both fetch it.
 */
final class CatalogueCache {

  private record Entry(Object value, Instant fetched) {}

  private final Clock clock;
  private final Duration ttl;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  CatalogueCache(Clock clock, Duration ttl) {
    this.clock = clock;
    this.ttl = ttl;
  }

  @SuppressWarnings("unchecked")
  <T> T get(String key, Supplier<T> fetch) {
    Entry e = entries.get(key);
    Instant now = clock.instant();
    if (e != null && now.isBefore(e.fetched().plus(ttl))) {
      return (T) e.value();
    }
    T value = fetch.get();
    if (!(value instanceof Optional<?> o && o.isEmpty())) {
      entries.put(key, new Entry(value, now));
    }
    return value;
  }

  void clear() {
    entries.clear();
  }
}
