package vn.connector.micrometer.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import vn.connector.outbox.OutboxItem;
import vn.connector.outbox.OutboxListener;

/**
 * Delivery outcomes of the dispatcher, per system: tagged by the item's system and the outcome,
 * never its key (a dossier code) or idempotency key.
 */
public final class OutboxMetrics implements OutboxListener {

  private final MeterRegistry registry;

  public OutboxMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void delivered(OutboxItem item, int attempts, Duration age) {
    count(item, "delivered");
    Timer.builder(Names.OUTBOX_DELIVERED_AGE)
        .description("Time from enqueue to delivery")
        .tags("system", item.system())
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(10))
        .maximumExpectedValue(Duration.ofDays(1))
        .register(registry)
        .record(age);
  }

  @Override
  public void retrying(OutboxItem item, int attempts, String why, Duration delay) {
    count(item, "retry");
  }

  @Override
  public void parked(OutboxItem item, int attempts, String nationalCode) {
    count(item, "parked");
  }

  @Override
  public void leaseExpired(OutboxItem item, int attempts) {
    count(item, "lease_expired");
  }

  private void count(OutboxItem item, String outcome) {
    Counter.builder(Names.OUTBOX_DELIVERIES)
        .description("Delivery attempts of outbox items by outcome")
        .tags("system", item.system(), "outcome", outcome)
        .register(registry)
        .increment();
  }
}
