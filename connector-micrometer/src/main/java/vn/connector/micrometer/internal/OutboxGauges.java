package vn.connector.micrometer.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxReport;

/**
 * Pending, parked and oldest-pending gauges of one outbox, from {@link Outbox#report()} taken by a
 * poller, not by each scrape: a Prometheus server (or several) scraping every few seconds would
 * otherwise run the report's queries as often. The gauges read the last poll.
 */
public final class OutboxGauges {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxGauges.class);

  private final Outbox outbox;
  private final MeterRegistry registry;
  private final Map<String, AtomicLong> pending = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> parked = new ConcurrentHashMap<>();
  private final AtomicLong oldestPendingMillis = new AtomicLong();
  private volatile boolean failing;

  public OutboxGauges(Outbox outbox, MeterRegistry registry) {
    this.outbox = outbox;
    this.registry = registry;
    TimeGauge.builder(
            Names.OUTBOX_OLDEST_PENDING,
            oldestPendingMillis,
            TimeUnit.MILLISECONDS,
            AtomicLong::doubleValue)
        .description("Age of the oldest item not yet delivered nor parked (0 when none)")
        .register(registry);
  }

  /** Takes a report now and updates the gauges; a failing database is logged, not thrown. */
  public void poll() {
    OutboxReport report;
    try {
      report = outbox.report();
    } catch (RuntimeException e) {
      if (!failing) {
        LOG.warn("outbox gauges: report failed ({}); gauges keep their last values", e.toString());
      }
      failing = true;
      return;
    }
    failing = false;
    // A system seen once keeps its gauge, at 0 once nothing waits, so its line does not vanish.
    pending.values().forEach(v -> v.set(0));
    parked.values().forEach(v -> v.set(0));
    report
        .pendingBySystem()
        .forEach((system, n) -> gauge(pending, Names.OUTBOX_PENDING, system).set(n));
    for (OutboxReport.Parked p : report.parked()) {
      gauge(parked, Names.OUTBOX_PARKED, p.system()).incrementAndGet();
    }
    oldestPendingMillis.set(report.oldestPending().map(d -> d.toMillis()).orElse(0L));
  }

  private AtomicLong gauge(Map<String, AtomicLong> values, String name, String system) {
    return values.computeIfAbsent(
        system,
        s -> {
          AtomicLong value = new AtomicLong();
          Gauge.builder(name, value, AtomicLong::doubleValue).tag("system", s).register(registry);
          return value;
        });
  }
}
