package vn.connector.springboot;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import vn.connector.core.AuditListener;
import vn.connector.core.CallObserver;
import vn.connector.core.ClientBuilder;
import vn.connector.core.ConnectorConfig;

/**
 * The shared steps of every auto-configured client: keys, audit with health, observers,
 * customizers.
 */
final class ClientFactory {

  private final ConnectorConfig config;
  private final ConnectorHealth health;
  private final AuditListener audit;
  private final List<CallObserver> observers;

  ClientFactory(
      ConnectorConfig config,
      ConnectorHealth health,
      AuditListener audit,
      List<CallObserver> observers) {
    this.config = config;
    this.health = health;
    this.audit = audit;
    this.observers = List.copyOf(observers);
  }

  /**
   * {@code builder} configured from the keys, reporting to the portal's audit listener and to the
   * health of {@code system}, then adjusted by the portal's customizers in their order.
   */
  <B extends ClientBuilder<B>> B configure(
      B builder, String system, ObjectProvider<ClientCustomizer<B>> customizers) {
    // Health first: a portal listener that throws must not hide a failure from the health check.
    builder.configure(config).auditListener(health.listenerFor(system).andThen(audit));
    if (!observers.isEmpty()) {
      // Metrics, traces: every CallObserver bean (connector-micrometer, connector-opentelemetry).
      builder.observer(CallObserver.combine(observers));
    }
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return builder;
  }

  ConnectorConfig config() {
    return config;
  }
}
