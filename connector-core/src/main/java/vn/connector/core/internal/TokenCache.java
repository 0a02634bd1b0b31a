package vn.connector.core.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.connector.core.Auth;
import vn.connector.core.HttpRequest;
import vn.connector.core.TokenSource;
import vn.connector.core.TransportException;

/**
 * The cache behind {@link TokenSource}: one fetch in flight at a time (single flight), the others
 * wait on it, each no longer than its own call's time left. A lock held across the fetch would make
 * callers queue behind one another: 1, 2, 3 … 6 s for a hung endpoint and a 2 s deadline.
 *
 * <p>A call with a good token takes no lock: the token and its refresh time are one immutable pair
 * read from a volatile field. Taking the lock on every call made it the most contended monitor of a
 * lookup at 32 callers (JFR: 12% of the callers' time blocked on it, and the spinning before
 * blocking is CPU; issue 16). The lock orders only fetches and invalidations.
 */
public final class TokenCache {

  private final TokenSource.Fetcher fetcher;
  private final Duration margin;
  private final Object lock = new Object();

  /** The token held and when to refresh it; null when none. Written under {@code lock}. */
  private volatile Held held;

  private CompletableFuture<TokenSource.Token> inFlight; // guarded by lock

  /** A token and the instant from which it is refreshed. */
  private record Held(TokenSource.Token token, Instant refreshAt) {}

  public TokenCache(TokenSource.Fetcher fetcher, Duration margin) {
    this.fetcher = fetcher;
    this.margin = margin;
  }

  public TokenSource.Token get(Auth.Support support) {
    Held h = held;
    if (h != null && support.clock().instant().isBefore(h.refreshAt())) {
      return h.token();
    }
    CompletableFuture<TokenSource.Token> flight;
    boolean leader = false;
    synchronized (lock) {
      h = held;
      if (h != null && support.clock().instant().isBefore(h.refreshAt())) {
        return h.token();
      }
      if (inFlight == null) {
        inFlight = new CompletableFuture<>();
        leader = true;
      }
      flight = inFlight;
    }
    return leader ? lead(support, flight) : follow(support, flight);
  }

  private TokenSource.Token lead(
      Auth.Support support, CompletableFuture<TokenSource.Token> flight) {
    try {
      TokenSource.Token t = fetcher.fetch(support);
      synchronized (lock) {
        held = new Held(t, refreshAt(support.clock().instant(), t.expiresAt()));
        inFlight = null;
      }
      flight.complete(t);
      notice(support, true);
      return t;
    } catch (RuntimeException | Error e) {
      synchronized (lock) {
        inFlight = null;
      }
      flight.completeExceptionally(e);
      notice(support, false);
      throw e;
    }
  }

  /** Only the caller that fetched is told: followers took the token others fetched. */
  private static void notice(Auth.Support support, boolean succeeded) {
    if (support instanceof TokenFetchNotice n) {
      n.tokenFetched(succeeded);
    }
  }

  private TokenSource.Token follow(
      Auth.Support support, CompletableFuture<TokenSource.Token> flight) {
    long wait = Math.max(0, support.timeLeft().toNanos());
    try {
      return flight.get(wait, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new TransportException(
          support.call(), "token endpoint did not answer within the call's deadline", true, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new TransportException(support.call(), "token fetch failed", true, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(support.call(), "interrupted waiting for a token", true, e);
    }
  }

  private Instant refreshAt(Instant now, Instant expiresAt) {
    if (expiresAt.equals(Instant.MAX)) {
      return Instant.MAX;
    }
    Duration life = Duration.between(now, expiresAt);
    if (life.isNegative() || life.isZero()) {
      return now;
    }
    Duration m = margin.compareTo(life.dividedBy(4)) > 0 ? life.dividedBy(4) : margin;
    return expiresAt.minus(m);
  }

  public void invalidate(HttpRequest rejected) {
    synchronized (lock) {
      // Only drop the token that was refused: another thread may already have fetched a new one,
      // and throwing that away would send a burst of token requests (WSO2 may revoke on reissue).
      Held h = held;
      if (h != null && carries(rejected, h.token().value())) {
        held = null;
      }
    }
  }

  private static boolean carries(HttpRequest request, String value) {
    for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
      for (String v : h.getValue()) {
        if (v.contains(value)) {
          return true;
        }
      }
    }
    return request.hasBody() && new String(request.body(), StandardCharsets.UTF_8).contains(value);
  }
}
