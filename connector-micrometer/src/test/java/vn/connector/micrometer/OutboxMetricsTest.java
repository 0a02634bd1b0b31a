package vn.connector.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.connector.outbox.DeliveryOutcome;
import vn.connector.outbox.Dispatcher;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxItem;

/** Outbox gauges from polled reports, and delivery outcomes from the dispatcher's listener. */
class OutboxMetricsTest {

  private static final String DOSSIER = "000.00.01.H22-241115-0001";

  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final ConnectorMetrics metrics = ConnectorMetrics.of(registry);

  @AfterEach
  void stop() {
    metrics.close();
  }

  private static Outbox outbox() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:metrics" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    return Outbox.builder().dataSource(ds).createSchema(true).build();
  }

  private double gauge(String name, String... tags) {
    return registry.get(name).tags(tags).gauge().value();
  }

  @Test
  void showsPendingParkedAndOldestAgeAfterEachPollNotEachScrape() {
    Outbox outbox = outbox();
    outbox.enqueue(OutboxItem.of("dvcqg", DOSSIER, "status", "{}"));
    outbox.enqueue(OutboxItem.of("dvcqg", DOSSIER + "2", "status", "{}"));
    outbox.enqueue(OutboxItem.of("postal", DOSSIER, "order", "{}"));
    metrics.monitorOutbox(outbox, Duration.ofHours(1));

    assertThat(gauge("connector.outbox.pending", "system", "dvcqg")).isEqualTo(2);
    assertThat(gauge("connector.outbox.pending", "system", "postal")).isEqualTo(1);
    assertThat(
            registry
                .get("connector.outbox.oldest.pending.age")
                .timeGauge()
                .value(TimeUnit.MILLISECONDS))
        .isGreaterThanOrEqualTo(0);

    Dispatcher.builder(outbox)
        .listener(metrics.outboxListener())
        .deliverer("dvcqg", "status", i -> DeliveryOutcome.park("E01", "refused"))
        .deliverer("postal", "order", i -> DeliveryOutcome.delivered())
        .build()
        .dispatchOnce();
    assertThat(gauge("connector.outbox.pending", "system", "dvcqg"))
        .as("until the next poll")
        .isEqualTo(2);

    metrics.pollOutbox();

    assertThat(gauge("connector.outbox.pending", "system", "dvcqg")).isZero();
    assertThat(gauge("connector.outbox.pending", "system", "postal")).isZero();
    assertThat(gauge("connector.outbox.parked", "system", "dvcqg")).isEqualTo(2);
    assertThat(
            registry
                .get("connector.outbox.deliveries")
                .tags("system", "dvcqg", "outcome", "parked")
                .counter()
                .count())
        .isEqualTo(2);
    assertThat(
            registry
                .get("connector.outbox.deliveries")
                .tags("system", "postal", "outcome", "delivered")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(registry.get("connector.outbox.delivered.age").timer().count()).isEqualTo(1);
    assertThat(((SimpleMeterRegistry) registry).getMetersAsString()).doesNotContain(DOSSIER);
  }
}
