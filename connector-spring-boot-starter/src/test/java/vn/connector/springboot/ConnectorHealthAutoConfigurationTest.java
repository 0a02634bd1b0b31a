package vn.connector.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.connector.core.AuditEvent;

class ConnectorHealthAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withPropertyValues("connector.health.failureThreshold=2")
          .withConfiguration(
              AutoConfigurations.of(
                  ConnectorClientsAutoConfiguration.class, ConnectorHealthAutoConfiguration.class));

  @Test
  void showsEachSystemUnknownThenUpThenDown() {
    runner.run(
        context -> {
          ConnectorHealth health = context.getBean(ConnectorHealth.class);
          CompositeHealthContributor connector =
              context.getBean("connectorHealthContributor", CompositeHealthContributor.class);
          var population = health.listenerFor("population");
          assertThat(status(connector)).isEqualTo(Status.UNKNOWN);

          population.onEvent(event(AuditEvent.Outcome.SUCCESS));
          assertThat(status(connector)).isEqualTo(Status.UP);

          population.onEvent(event(AuditEvent.Outcome.TRANSPORT_FAILED));
          population.onEvent(event(AuditEvent.Outcome.TRANSPORT_FAILED));
          Health down = ((HealthIndicator) connector.getContributor("population")).health();
          assertThat(down.getStatus()).isEqualTo(Status.DOWN);
          assertThat(down.getDetails())
              .containsEntry("consecutiveFailures", 2)
              .containsEntry("lastFailure", "TRANSPORT_FAILED")
              .containsKey("lastSuccess");
          assertThat(connector.getContributor("postal")).isNull();
        });
  }

  private static Status status(CompositeHealthContributor connector) {
    return ((HealthIndicator) connector.getContributor("population")).health().getStatus();
  }

  private static AuditEvent event(AuditEvent.Outcome outcome) {
    return new AuditEvent(
        Instant.now(), "population", "verify", "req-1", null, outcome, Duration.ZERO, 1, "");
  }
}
