package vn.connector.springboot;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.connector.core.AuditEvent;
import vn.connector.core.AuditListener;

/**
 * What the last calls to each configured national system showed, from the audit events of its
 * client: never a call of its own, so a health probe every few seconds costs the national side
 * nothing. The actuator health indicators read it; a portal without Actuator may read it too.
 * Thread-safe.
 *
 * <pre>{@code
 * ConnectorHealth.Status population = connectorHealth.status("population").orElseThrow();
 * if (population.down()) {
 *   banner.show("C06 không phản hồi / C06 is not answering");
 * }
 * }</pre>
 *
 * <p>A call counts as reaching the system when it succeeded or the system answered with a refusal
 * (it is up, and said no); a transport failure, an unreadable answer or a failed signature counts
 * as a failure. A system is down after {@code connector.health.failureThreshold} failures in a row
 * (default 3), or when the configured client certificate has expired.
 */
public final class ConnectorHealth {

  private final Map<String, Tracker> systems = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int failureThreshold;
  private final Optional<Instant> certificateNotAfter;

  ConnectorHealth(Clock clock, int failureThreshold, List<X509Certificate> clientChain) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (failureThreshold < 1) {
      throw new IllegalArgumentException(
          "connector." + StarterKeys.HEALTH_FAILURE_THRESHOLD + ": must be at least 1");
    }
    this.failureThreshold = failureThreshold;
    this.certificateNotAfter =
        clientChain.stream().map(c -> c.getNotAfter().toInstant()).min(Instant::compareTo);
  }

  /** The state of one system, from the first client configured for it on. */
  public Optional<Status> status(String system) {
    return Optional.ofNullable(systems.get(system)).map(this::snapshot);
  }

  /** Every system configured, by name. */
  public Map<String, Status> statuses() {
    Map<String, Status> all = new TreeMap<>();
    systems.forEach((name, t) -> all.put(name, snapshot(t)));
    return all;
  }

  /** The listener a client of {@code system} reports to (its own system name may differ). */
  AuditListener listenerFor(String system) {
    Tracker tracker = systems.computeIfAbsent(system, s -> new Tracker());
    return tracker::record;
  }

  private Status snapshot(Tracker t) {
    Instant now = clock.instant();
    Long days = certificateNotAfter.map(end -> Duration.between(now, end).toDays()).orElse(null);
    boolean expired = certificateNotAfter.filter(end -> !end.isAfter(now)).isPresent();
    synchronized (t) {
      boolean down = t.consecutiveFailures >= failureThreshold || expired;
      return new Status(t.lastSuccess, t.consecutiveFailures, t.lastFailure, days, down);
    }
  }

  /** One system's state; the absent parts are empty. Immutable. */
  public static final class Status {
    private final Instant lastSuccess;
    private final int consecutiveFailures;
    private final AuditEvent.Outcome lastFailure;
    private final Long certificateDaysLeft;
    private final boolean down;

    Status(
        Instant lastSuccess,
        int consecutiveFailures,
        AuditEvent.Outcome lastFailure,
        Long certificateDaysLeft,
        boolean down) {
      this.lastSuccess = lastSuccess;
      this.consecutiveFailures = consecutiveFailures;
      this.lastFailure = lastFailure;
      this.certificateDaysLeft = certificateDaysLeft;
      this.down = down;
    }

    /** When a call last reached the system. */
    public Optional<Instant> lastSuccess() {
      return Optional.ofNullable(lastSuccess);
    }

    /** Calls in a row that did not reach it. */
    public int consecutiveFailures() {
      return consecutiveFailures;
    }

    /** How the last failed call failed. */
    public Optional<AuditEvent.Outcome> lastFailure() {
      return Optional.ofNullable(lastFailure);
    }

    /**
     * Whole days until the client certificate expires (negative once it has); empty without one.
     */
    public Optional<Long> certificateDaysLeft() {
      return Optional.ofNullable(certificateDaysLeft);
    }

    /** Whether the failures reached the threshold or the certificate expired. */
    public boolean down() {
      return down;
    }

    @Override
    public String toString() {
      return "Status[down=" + down + ", consecutiveFailures=" + consecutiveFailures + "]";
    }
  }

  private static final class Tracker {
    private Instant lastSuccess;
    private int consecutiveFailures;
    private AuditEvent.Outcome lastFailure;

    synchronized void record(AuditEvent event) {
      AuditEvent.Outcome outcome = event.outcome();
      if (outcome == AuditEvent.Outcome.SUCCESS || outcome == AuditEvent.Outcome.SERVICE_REFUSED) {
        lastSuccess = event.at();
        consecutiveFailures = 0;
      } else {
        consecutiveFailures++;
        lastFailure = outcome;
      }
    }
  }
}
