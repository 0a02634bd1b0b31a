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
    Optional<Long> days =
        certificateNotAfter.map(end -> Duration.between(clock.instant(), end).toDays());
    synchronized (t) {
      boolean expired =
          certificateNotAfter.filter(end -> !end.isAfter(clock.instant())).isPresent();
      boolean down = t.consecutiveFailures >= failureThreshold || expired;
      return new Status(
          Optional.ofNullable(t.lastSuccess),
          t.consecutiveFailures,
          Optional.ofNullable(t.lastFailure),
          days,
          down);
    }
  }

  /**
   * One system's state.
   *
   * @param lastSuccess when a call last reached the system
   * @param consecutiveFailures calls in a row that did not reach it
   * @param lastFailure how the last failed call failed
   * @param certificateDaysLeft whole days until the configured client certificate expires (negative
   *     once it has), empty without one
   * @param down whether the failures reached the threshold or the certificate expired
   */
  public record Status(
      Optional<Instant> lastSuccess,
      int consecutiveFailures,
      Optional<AuditEvent.Outcome> lastFailure,
      Optional<Long> certificateDaysLeft,
      boolean down) {}

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
