package vn.connector.springboot;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.connector.core.CallObserver;
import vn.connector.core.ConnectorConfig;
import vn.connector.micrometer.ConnectorMetrics;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxListener;

/**
 * The SDK's Micrometer metrics ({@code connector-micrometer}) on the application's {@link
 * MeterRegistry}, when both are present: every auto-configured client observed, the outbox's
 * deliveries counted, its pending, parked and oldest-pending gauges polled every {@code
 * connector.metrics.outboxInterval} (default PT30S). Without Micrometer on the class path nothing
 * changes.
 *
 * <pre>{@code
 * // GET /actuator/prometheus
 * // connector_calls_total{operation="verify",outcome="SUCCESS",system="population"} 12.0
 * }</pre>
 */
@AutoConfiguration(
    after = ConnectorOutboxAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"
    })
@ConditionalOnClass({MeterRegistry.class, ConnectorMetrics.class})
@ConditionalOnBean(MeterRegistry.class)
public class ConnectorMicrometerAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ConnectorMetrics connectorMetrics(MeterRegistry registry) {
    return ConnectorMetrics.of(registry);
  }

  @Bean
  CallObserver connectorMetricsObserver(ConnectorMetrics metrics) {
    return metrics.observer();
  }

  @Bean
  OutboxListener connectorMetricsOutboxListener(ConnectorMetrics metrics) {
    return metrics.outboxListener();
  }

  /** The outbox gauges, once every bean exists (the first poll reads the outbox tables). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(Outbox.class)
  static class OutboxGauges {
    @Bean
    SmartInitializingSingleton connectorOutboxGauges(
        ConnectorMetrics metrics, Outbox outbox, ConnectorConfig config) {
      Duration every = config.duration(StarterKeys.METRICS_OUTBOX_INTERVAL, Duration.ofSeconds(30));
      return () -> metrics.monitorOutbox(outbox, every);
    }
  }
}
