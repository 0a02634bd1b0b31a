package vn.connector.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Watches calls for metrics and traces: told when a call starts, when each attempt starts and ends,
 * of named events (a token fetched, a signature refused, a cache hit) and when the call ends.
 * Registered on {@link HttpTransport.Builder#observer} or {@link ClientBuilder#observer}, so every
 * connector has it. Micrometer and OpenTelemetry bindings live in {@code connector-micrometer} and
 * {@code connector-opentelemetry}; core depends on neither.
 *
 * <pre>{@code
 * CallObserver slowCalls = call -> new CallObserver.Observation() {
 *   public void callEnded(AuditEvent event) {
 *     if (event.duration().toSeconds() > 5) {
 *       log.warn("{} {} took {}", event.system(), event.operation(), event.duration());
 *     }
 *   }
 * };
 * PopulationClient client = PopulationClient.builder()...observer(slowCalls).build();
 * }</pre>
 *
 * <p>Every method runs on the calling thread, strictly nested: {@code callStarted}, then for each
 * attempt {@code attemptStarted} and {@code attemptEnded} (on every path, failures included; the
 * wait before a retry lies between two attempts), then {@code callEnded} once. So a tracer may make
 * a span current in {@code callStarted} and close it in {@code callEnded}. What the methods are
 * given is low cardinality by design (system, operation, outcome, status, attempt number) plus the
 * request id; never a citizen's ID, name or a URL. Implementations must be thread-safe and quick,
 * and should not throw: what they throw is logged and dropped, never the call's failure.
 */
@FunctionalInterface
public interface CallObserver {

  /**
   * A call begins, before its per-call interceptors (a cache answer is a call too, with no
   * attempts).
   *
   * @return what watches the rest of this call; {@link Observation#NONE} to watch nothing more
   */
  Observation callStarted(Call call);

  /** An observer that watches nothing. */
  static CallObserver none() {
    return call -> Observation.NONE;
  }

  /**
   * One observer that tells each of {@code observers}: starts in order, ends in reverse order; what
   * one throws is logged and dropped, and the others are still told.
   */
  static CallObserver combine(List<CallObserver> observers) {
    return new CombinedObserver(Objects.requireNonNull(observers, "observers"));
  }

  /** The observation of one call; every method has an empty default. */
  interface Observation {

    /** Watches nothing. */
    Observation NONE = new Observation() {};

    /**
     * Attempt {@code number} (1 for the first) is about to be prepared (auth, interceptors) and
     * sent.
     *
     * @return what is told when it ends
     */
    default AttemptObservation attemptStarted(int number) {
      return AttemptObservation.NONE;
    }

    /** Something worth counting happened during the call. */
    default void event(Event event) {}

    /** The call ended, as its audit event records it (the same event the audit listener gets). */
    default void callEnded(AuditEvent event) {}
  }

  /** The observation of one attempt. */
  @FunctionalInterface
  interface AttemptObservation {

    /** Watches nothing. */
    AttemptObservation NONE = attempt -> {};

    void attemptEnded(Attempt attempt);
  }

  /**
   * How one attempt ended.
   *
   * @param number the attempt's number, 1 for the first
   * @param status the HTTP status received, 0 when no answer came
   * @param outcome {@link AuditEvent.Outcome#SUCCESS} for an answer handed on; otherwise how the
   *     attempt failed, whether or not the call goes on
   * @param retry why the call is sent again after this attempt; empty when it is not
   */
  record Attempt(int number, int status, AuditEvent.Outcome outcome, Optional<RetryReason> retry) {
    public Attempt {
      if (number < 1) {
        throw new IllegalArgumentException("number: must be at least 1, was " + number);
      }
      if (status != 0 && (status < 100 || status > 999)) {
        throw new IllegalArgumentException("status: must be 0 or an HTTP status, was " + status);
      }
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(retry, "retry");
    }
  }

  /** Why an attempt is followed by another. */
  enum RetryReason {
    /** A retryable HTTP status (429, 502, 503, 504). */
    STATUS,
    /** The system's answer table said to retry. */
    VERDICT,
    /** The service could not be reached. */
    TRANSPORT,
    /** No answer within the response timeout. */
    TIMEOUT,
    /** The token endpoint failed before the request left. */
    TOKEN_ENDPOINT,
    /** The token or session was refused and is renewed once. */
    AUTH_RENEWAL
  }

  /** Named events of a call. */
  enum Event {
    /** A token or session was fetched from the issuer (not taken from the cache). */
    TOKEN_FETCHED,
    /** A token or session fetch failed. */
    TOKEN_FETCH_FAILED,
    /** An answer's signature was refused (the secured profile). */
    SIGNATURE_FAILED,
    /** A per-call cache answered without sending. */
    CACHE_HIT,
    /** A per-call cache had no answer; the call is sent. */
    CACHE_MISS
  }
}
