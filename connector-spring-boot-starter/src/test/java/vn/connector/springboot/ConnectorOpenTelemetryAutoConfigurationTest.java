package vn.connector.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Gender;
import vn.connector.core.Purpose;
import vn.connector.opentelemetry.ConnectorTracing;
import vn.connector.population.PopulationClient;
import vn.connector.population.model.CitizenQuery;
import vn.connector.testkit.population.PopulationSimulator;

class ConnectorOpenTelemetryAutoConfigurationTest {

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final OpenTelemetrySdk otel =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                  .build())
          .build();
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ConnectorClientsAutoConfiguration.class,
                  ConnectorOpenTelemetryAutoConfiguration.class));

  @Test
  void tracesEveryCallOfAnAutoConfiguredClientWithoutPersonalData() {
    try (PopulationSimulator simulator = PopulationSimulator.start()) {
      List<String> keys = new ArrayList<>();
      simulator.connectionInfo().forEach((k, v) -> keys.add("connector." + k + "=" + v));
      runner
          .withPropertyValues(keys.toArray(String[]::new))
          .withBean(OpenTelemetry.class, () -> otel)
          .run(
              context -> {
                context
                    .getBean(PopulationClient.class)
                    .verify(
                        CallContext.of(
                            "CB-0042",
                            "000.00.01.H56",
                            DossierCode.parse("000.00.01.H56-240115-0001"),
                            Purpose.IDENTITY_VERIFICATION),
                        CitizenQuery.of(
                            "001090012345",
                            "Nguyễn Văn An",
                            BirthDate.of(1990, 1, 15),
                            Gender.MALE));

                List<SpanData> spans = exporter.getFinishedSpanItems();
                assertThat(spans)
                    .anySatisfy(
                        s ->
                            assertThat(
                                    s.getAttributes()
                                        .get(AttributeKey.stringKey("connector.system")))
                                .isEqualTo("population"));
                assertThat(spans)
                    .flatExtracting(s -> List.copyOf(s.getAttributes().asMap().values()))
                    .noneMatch(v -> String.valueOf(v).contains("001090012345"))
                    .noneMatch(v -> String.valueOf(v).contains("Nguyễn"))
                    .noneMatch(v -> String.valueOf(v).contains("240115-0001"));
              });
    }
  }

  @Test
  void staysOutWithoutAnOpenTelemetryBean() {
    runner.run(context -> assertThat(context).doesNotHaveBean(ConnectorTracing.class));
  }
}
