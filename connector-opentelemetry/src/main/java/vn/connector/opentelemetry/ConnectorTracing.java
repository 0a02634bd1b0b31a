package vn.connector.opentelemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import java.util.Objects;
import vn.connector.core.CallObserver;
import vn.connector.opentelemetry.internal.CallTracer;
import vn.connector.opentelemetry.internal.OutboxTracer;
import vn.connector.outbox.OutboxObserver;

/**
 * The SDK's OpenTelemetry traces from one {@link OpenTelemetry} instance: a CLIENT span per call
 * ({@code <system> <operation>}) with an INTERNAL child span per attempt, from {@link #observer()};
 * and traces carried through the outbox, from {@link #outboxObserver()}: an item enqueued inside a
 * span is delivered in a CONSUMER span ({@code outbox <system> <type>}) whose parent is that span.
 * Attributes are system, operation, request id, outcome, attempt number, HTTP status and retry
 * reason: never a citizen's ID, a name or a URL. Names and attributes are listed in {@code
 * docs/observability.md}. Thread-safe.
 *
 * <pre>{@code
 * ConnectorTracing tracing = ConnectorTracing.of(GlobalOpenTelemetry.get());
 * PopulationClient population = PopulationClient.builder()
 *     .configure(config)
 *     .observer(tracing.observer())
 *     .build();
 * Outbox outbox = Outbox.builder().dataSource(dataSource)
 *     .observer(tracing.outboxObserver())
 *     .build();
 * }</pre>
 */
public final class ConnectorTracing {

  /** The instrumentation scope name of the spans. */
  public static final String INSTRUMENTATION_NAME = "vn.connector";

  private final CallTracer calls;
  private final OutboxTracer outbox;

  private ConnectorTracing(Tracer tracer) {
    this.calls = new CallTracer(tracer);
    this.outbox = new OutboxTracer(tracer);
  }

  /** Tracing with {@code openTelemetry}'s tracer named {@value #INSTRUMENTATION_NAME}. */
  public static ConnectorTracing of(OpenTelemetry openTelemetry) {
    Objects.requireNonNull(openTelemetry, "openTelemetry");
    return new ConnectorTracing(openTelemetry.getTracer(INSTRUMENTATION_NAME));
  }

  /** The observer to give every client builder ({@code .observer(tracing.observer())}). */
  public CallObserver observer() {
    return calls;
  }

  /** The observer to give the outbox's builder ({@code Outbox.Builder#observer}). */
  public OutboxObserver outboxObserver() {
    return outbox;
  }
}
