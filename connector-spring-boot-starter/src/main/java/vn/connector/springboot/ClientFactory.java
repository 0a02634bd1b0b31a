package vn.connector.springboot;

import org.springframework.beans.factory.ObjectProvider;
import vn.connector.core.AuditListener;
import vn.connector.core.ClientBuilder;
import vn.connector.core.ConnectorConfig;

/** The shared steps of every auto-configured client: keys, audit with health, customizers. */
final class ClientFactory {

  private final ConnectorConfig config;
  private final ConnectorHealth health;
  private final AuditListener audit;

  ClientFactory(ConnectorConfig config, ConnectorHealth health, AuditListener audit) {
    this.config = config;
    this.health = health;
    this.audit = audit;
  }

  /**
   * {@code builder} configured from the keys, reporting to the portal's audit listener and to the
   * health of {@code system}, then adjusted by the portal's customizers in their order.
   */
  <B extends ClientBuilder<B>> B configure(
      B builder, String system, ObjectProvider<ClientCustomizer<B>> customizers) {
    // Health first: a portal listener that throws must not hide a failure from the health check.
    builder.configure(config).auditListener(health.listenerFor(system).andThen(audit));
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return builder;
  }

  ConnectorConfig config() {
    return config;
  }
}
