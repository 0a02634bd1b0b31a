package vn.connector.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.connector.core.BirthDate;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.ExchangeInterceptor;
import vn.connector.core.Gender;
import vn.connector.core.HttpRequest;
import vn.connector.core.Purpose;
import vn.connector.outbox.DeliveryOutcome;
import vn.connector.outbox.Dispatcher;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxItem;
import vn.connector.population.PopulationClient;
import vn.connector.population.PopulationProfile;
import vn.connector.population.model.CitizenQuery;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.population.PopulationSimulator;

/** Spans of calls to the population simulator, and of outbox deliveries, in an SDK exporter. */
class ConnectorTracingTest {

  static final String CITIZEN_ID = "001090012345";
  static final String CITIZEN_NAME = "Nguyễn Văn An";
  static final CallContext CONTEXT =
      CallContext.of(
          "canbo.an",
          "000.00.01.H22",
          DossierCode.parse("000.00.01.H22-241115-0001"),
          Purpose.PROCEDURE_HANDLING);
  static final CitizenQuery AN =
      CitizenQuery.of(CITIZEN_ID, CITIZEN_NAME, BirthDate.of(1990, 1, 15), Gender.MALE);

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final SdkTracerProvider provider =
      SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
  private final OpenTelemetrySdk otel =
      OpenTelemetrySdk.builder().setTracerProvider(provider).build();
  private final ConnectorTracing tracing = ConnectorTracing.of(otel);
  private final PopulationSimulator population = PopulationSimulator.start();

  @AfterEach
  void stop() {
    population.close();
    provider.close();
  }

  private PopulationClient client() {
    return population
        .clientBuilder(PopulationProfile.LGSP_JSON)
        .sleeper(new RecordingSleeper())
        .observer(tracing.observer())
        .build();
  }

  private List<SpanData> named(String suffix) {
    return exporter.getFinishedSpanItems().stream()
        .filter(s -> s.getName().endsWith(suffix))
        .toList();
  }

  @Test
  void opensAClientSpanPerCallWithAChildSpanPerAttempt() {
    population.faults().next(new SimulatorFault.ServiceUnavailable(Duration.ofSeconds(1)));

    try (PopulationClient client = client()) {
      client.verify(CONTEXT, AN);
    }

    List<SpanData> calls =
        exporter.getFinishedSpanItems().stream()
            .filter(s -> s.getKind() == SpanKind.CLIENT)
            .toList();
    assertThat(calls).hasSize(1);
    SpanData call = calls.get(0);
    assertThat(call.getName()).startsWith("population ");
    assertThat(call.getAttributes().get(AttributeKey.stringKey("connector.system")))
        .isEqualTo("population");
    assertThat(call.getAttributes().get(AttributeKey.stringKey("connector.outcome")))
        .isEqualTo("success");
    assertThat(call.getAttributes().get(AttributeKey.longKey("connector.attempts"))).isEqualTo(2);
    assertThat(call.getAttributes().get(AttributeKey.stringKey("connector.request_id")))
        .isNotBlank();
    assertThat(call.getEvents()).extracting(e -> e.getName()).contains("token_fetched");

    List<SpanData> attempts = named(" attempt");
    assertThat(attempts).hasSize(2);
    assertThat(attempts)
        .allSatisfy(a -> assertThat(a.getParentSpanId()).isEqualTo(call.getSpanId()));
    SpanData first = attempts.get(0);
    assertThat(first.getAttributes().get(AttributeKey.longKey("connector.attempt"))).isEqualTo(1);
    assertThat(first.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
        .isEqualTo(503);
    assertThat(first.getAttributes().get(AttributeKey.stringKey("connector.retry_reason")))
        .isEqualTo("status");
    assertThat(first.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(
            attempts.get(1).getAttributes().get(AttributeKey.longKey("http.response.status_code")))
        .isEqualTo(200);
  }

  @Test
  void theAttemptsSpanIsCurrentWhileTheAttemptRuns() {
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    ExchangeInterceptor recordCurrent =
        new ExchangeInterceptor() {
          @Override
          public HttpRequest beforeSend(Call call, HttpRequest request) {
            seen.add(Span.current().getSpanContext().getSpanId());
            return request;
          }
        };

    try (PopulationClient client =
        population
            .clientBuilder(PopulationProfile.LGSP_JSON)
            .observer(tracing.observer())
            .interceptor(recordCurrent)
            .build()) {
      client.verify(CONTEXT, AN);
    }

    assertThat(seen).containsExactly(named(" attempt").get(0).getSpanId());
    assertThat(Span.current().getSpanContext().isValid()).as("nothing left current").isFalse();
  }

  @Test
  void noAttributeOfAnySpanHoldsTheCitizensIdOrName() {
    try (PopulationClient client = client()) {
      client.verify(CONTEXT, AN);
      client.verify(CONTEXT, CitizenQuery.of("001090099999", CITIZEN_NAME, BirthDate.ofYear(1990)));
    }

    List<String> values =
        exporter.getFinishedSpanItems().stream()
            .flatMap(s -> s.getAttributes().asMap().values().stream())
            .map(String::valueOf)
            .toList();
    assertThat(values).isNotEmpty();
    assertThat(values)
        .noneMatch(v -> v.contains(CITIZEN_ID) || v.contains("001090099999"))
        .noneMatch(v -> v.contains(CITIZEN_NAME) || v.contains("canbo"));
    assertThat(exporter.getFinishedSpanItems())
        .extracting(SpanData::getName)
        .noneMatch(n -> n.contains(CITIZEN_ID) || n.contains(CITIZEN_NAME));
  }

  @Test
  void aDeliveryOfAnItemEnqueuedInASpanIsThatSpansChildAndParentOfItsCalls() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:tracing" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    Outbox outbox =
        Outbox.builder()
            .dataSource(ds)
            .createSchema(true)
            .observer(tracing.outboxObserver())
            .build();
    Span approve = otel.getTracer("portal").spanBuilder("approve dossier").startSpan();
    Scope scope = approve.makeCurrent();
    try {
      outbox.enqueue(OutboxItem.of("population", "000.00.01.H22-241115-0001", "verify", "{}"));
    } finally {
      scope.close();
      approve.end();
    }

    try (PopulationClient client = client()) {
      Dispatcher.builder(outbox)
          .deliverer(
              "population",
              "verify",
              item -> {
                client.verify(CONTEXT, AN);
                return DeliveryOutcome.delivered();
              })
          .build()
          .dispatchOnce();
    }

    SpanData delivery = named("outbox population verify").get(0);
    assertThat(delivery.getKind()).isEqualTo(SpanKind.CONSUMER);
    assertThat(delivery.getTraceId()).isEqualTo(approve.getSpanContext().getTraceId());
    assertThat(delivery.getParentSpanId()).isEqualTo(approve.getSpanContext().getSpanId());
    assertThat(delivery.getAttributes().get(AttributeKey.stringKey("connector.outcome")))
        .isEqualTo("delivered");
    SpanData call =
        exporter.getFinishedSpanItems().stream()
            .filter(x -> x.getKind() == SpanKind.CLIENT)
            .findFirst()
            .orElseThrow();
    assertThat(call.getParentSpanId()).isEqualTo(delivery.getSpanId());
    assertThat(call.getTraceId()).isEqualTo(delivery.getTraceId());
  }

  @Test
  void anItemEnqueuedOutsideAnySpanIsDeliveredInANewTrace() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:tracing" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    Outbox outbox =
        Outbox.builder()
            .dataSource(ds)
            .createSchema(true)
            .observer(tracing.outboxObserver())
            .build();
    outbox.enqueue(OutboxItem.of("population", "K1", "verify", "{}"));

    Dispatcher.builder(outbox)
        .deliverer("population", "verify", item -> DeliveryOutcome.delivered())
        .build()
        .dispatchOnce();

    SpanData delivery = named("outbox population verify").get(0);
    assertThat(delivery.getParentSpanContext().isValid()).isFalse();
  }
}
