package vn.connector.opentelemetry.internal;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.connector.outbox.DeliveryOutcome;
import vn.connector.outbox.OutboxItem;
import vn.connector.outbox.OutboxObserver;

/**
 * The outbox's side of tracing: the current span's W3C {@code traceparent} stored at enqueue, and a
 * CONSUMER span per delivery attempt ({@code outbox <system> <type>}) whose parent is the span that
 * enqueued the item, current while the deliverer runs, so the connector's call spans nest in it.
 * W3C Trace Context is used as such, whatever propagators the portal's OpenTelemetry has: the
 * stored column is defined as a {@code traceparent}.
 */
public final class OutboxTracer implements OutboxObserver {

  private static final String TRACEPARENT = "traceparent";

  private static final TextMapGetter<Map<String, String>> GETTER =
      new TextMapGetter<>() {
        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  private final Tracer tracer;

  public OutboxTracer(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public Optional<String> traceParent() {
    if (!Span.current().getSpanContext().isValid()) {
      return Optional.empty();
    }
    Map<String, String> carrier = new HashMap<>();
    W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
    return Optional.ofNullable(carrier.get(TRACEPARENT));
  }

  @Override
  public DeliveryObservation deliveryStarted(
      OutboxItem item, int attempt, Optional<String> traceParent) {
    Context parent =
        traceParent
            .map(
                tp ->
                    W3CTraceContextPropagator.getInstance()
                        .extract(Context.root(), Map.of(TRACEPARENT, tp), GETTER))
            .orElse(Context.root());
    Span span =
        tracer
            .spanBuilder("outbox " + item.system() + " " + item.type())
            .setParent(parent)
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute(Keys.SYSTEM, item.system())
            .setAttribute(Keys.OUTBOX_TYPE, item.type())
            .setAttribute(Keys.ATTEMPT, (long) attempt)
            .startSpan();
    Scope scope = span.makeCurrent();
    return outcome -> {
      span.setAttribute(Keys.OUTCOME, CallTracer.lower(outcome));
      if (outcome != DeliveryOutcome.Kind.DELIVERED) {
        span.setStatus(StatusCode.ERROR);
      }
      scope.close();
      span.end();
    };
  }
}
