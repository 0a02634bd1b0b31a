package vn.connector.springboot;

import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Actuator health per national system under {@code /actuator/health/connector/<system>}: last
 * success, consecutive failures, days until the client certificate expires; DOWN after {@code
 * connector.health.failureThreshold} failures in a row (default 3). Read from the clients' audit
 * events, never from a live call.
 *
 * <pre>{@code
 * // GET /actuator/health/connector/population
 * // {"status":"UP","details":{"consecutiveFailures":0,"lastSuccess":"2026-12-01T07:15:02Z",
 * //  "certificateExpiresInDays":212}}
 * }</pre>
 */
@AutoConfiguration(after = ConnectorClientsAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(ConnectorHealth.class)
public class ConnectorHealthAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "connectorHealthContributor")
  CompositeHealthContributor connectorHealthContributor(ConnectorHealth health) {
    return new SystemHealthIndicators(health);
  }
}
