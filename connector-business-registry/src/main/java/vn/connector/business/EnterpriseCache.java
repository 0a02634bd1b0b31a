package vn.connector.business;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.connector.core.Answer;
import vn.connector.core.CallInterceptor;
import vn.connector.core.CallObserver;

/**
 * Recent answers of {@code chiTietDoanhNghiep}, as a per-call interceptor: a hit answers the call
 * without sending it, and the transport audits it like any call (0 attempts, detail {@code
 * CACHE_HIT}), so there is no second audit path. Keyed by the request URI (it names the code and
 * the profile), bounded (least recently used goes first) and short-lived (expiry read from the
 * injected clock, so tests need not wait). Only answers that hold an enterprise are kept: a "not
 * found" may be an enterprise registered a minute ago. Thread-safe.
 */
final class EnterpriseCache implements CallInterceptor {

  static final String HIT = "CACHE_HIT";

  private final Clock clock;
  private final Duration ttl;
  private final Predicate<Answer> holdsEnterprise;
  private final Map<String, Entry> entries;

  EnterpriseCache(Clock clock, Duration ttl, int maxEntries, Predicate<Answer> holdsEnterprise) {
    this.clock = clock;
    this.ttl = ttl;
    this.holdsEnterprise = holdsEnterprise;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > maxEntries;
          }
        };
  }

  @Override
  public Answer intercept(Chain chain) {
    if (!RegistryCalls.FIND.equals(chain.call().operation())) {
      return chain.proceed(chain.request());
    }
    String key = chain.request().uri().toString();
    Optional<Answer> cached = get(key);
    if (cached.isPresent()) {
      chain.auditDetail(HIT);
      chain.event(CallObserver.Event.CACHE_HIT);
      return cached.get();
    }
    chain.event(CallObserver.Event.CACHE_MISS);
    Answer answer = chain.proceed(chain.request());
    if (holdsEnterprise.test(answer)) {
      put(key, answer);
    }
    return answer;
  }

  synchronized Optional<Answer> get(String key) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expiresAt)) {
      entries.remove(key);
      return Optional.empty();
    }
    return Optional.of(entry.answer);
  }

  synchronized void put(String key, Answer answer) {
    entries.put(key, new Entry(answer, clock.instant().plus(ttl)));
  }

  synchronized int size() {
    return entries.size();
  }

  private record Entry(Answer answer, Instant expiresAt) {}
}
