package vn.connector.springboot;

import java.util.Iterator;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;

/**
 * One health indicator per national system, read from {@link ConnectorHealth} when asked (so the
 * systems whose clients are created later still appear): UNKNOWN before the first call, DOWN after
 * the failure threshold or with an expired certificate, UP otherwise.
 */
final class SystemHealthIndicators implements CompositeHealthContributor {

  private final ConnectorHealth health;

  SystemHealthIndicators(ConnectorHealth health) {
    this.health = health;
  }

  @Override
  public HealthContributor getContributor(String name) {
    return health.status(name).isPresent() ? indicator(name) : null;
  }

  @Override
  public Iterator<NamedContributor<HealthContributor>> iterator() {
    return health.statuses().keySet().stream()
        .map(name -> NamedContributor.of(name, (HealthContributor) indicator(name)))
        .iterator();
  }

  private HealthIndicator indicator(String system) {
    return () ->
        health
            .status(system)
            .map(SystemHealthIndicators::of)
            .orElseGet(() -> Health.unknown().build());
  }

  private static Health of(ConnectorHealth.Status s) {
    Health.Builder b =
        s.down() ? Health.down() : s.lastSuccess().isEmpty() ? Health.unknown() : Health.up();
    b.withDetail("consecutiveFailures", s.consecutiveFailures());
    s.lastSuccess().ifPresent(t -> b.withDetail("lastSuccess", t.toString()));
    s.lastFailure().ifPresent(o -> b.withDetail("lastFailure", o.name()));
    s.certificateDaysLeft().ifPresent(d -> b.withDetail("certificateExpiresInDays", d));
    return b.build();
  }
}
