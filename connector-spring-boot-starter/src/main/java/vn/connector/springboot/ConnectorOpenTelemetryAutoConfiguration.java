package vn.connector.springboot;

import io.opentelemetry.api.OpenTelemetry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import vn.connector.core.CallObserver;
import vn.connector.opentelemetry.ConnectorTracing;
import vn.connector.outbox.OutboxObserver;

/**
 * The SDK's OpenTelemetry traces ({@code connector-opentelemetry}) from the application's {@link
 * OpenTelemetry} bean, when both are present: a CLIENT span per call of every auto-configured
 * client with a child per attempt, and the trace carried through the outbox to each delivery.
 * Without OpenTelemetry on the class path nothing changes.
 *
 * <pre>{@code
 * @Bean
 * OpenTelemetry openTelemetry() {
 *   return OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build();
 * }
 * // every auto-configured client now traces its calls; no personal data in any attribute
 * }</pre>
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration",
      "io.opentelemetry.instrumentation.spring.autoconfigure.OpenTelemetryAutoConfiguration"
    })
@ConditionalOnClass({OpenTelemetry.class, ConnectorTracing.class})
@ConditionalOnBean(OpenTelemetry.class)
public class ConnectorOpenTelemetryAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ConnectorTracing connectorTracing(OpenTelemetry openTelemetry) {
    return ConnectorTracing.of(openTelemetry);
  }

  @Bean
  CallObserver connectorTracingObserver(ConnectorTracing tracing) {
    return tracing.observer();
  }

  @Bean
  OutboxObserver connectorTracingOutboxObserver(ConnectorTracing tracing) {
    return tracing.outboxObserver();
  }
}
