package vn.connector.opentelemetry.internal;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.Locale;
import vn.connector.core.AuditEvent;
import vn.connector.core.Call;
import vn.connector.core.CallObserver;

/**
 * A CLIENT span per call, named {@code <system> <operation>}, current while the call runs, and an
 * INTERNAL child span per attempt, current while the attempt runs (token fetch, signing, sending):
 * one CLIENT span per logical call, so that service maps count calls, not resends. Attributes are
 * system, operation, request id, outcome, attempt number, HTTP status and retry reason; never
 * anything of the request or answer, so never personal data.
 */
public final class CallTracer implements CallObserver {

  private final Tracer tracer;

  public CallTracer(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public Observation callStarted(Call call) {
    String name = call.system() + " " + call.operation();
    Span span =
        tracer
            .spanBuilder(name)
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute(Keys.SYSTEM, call.system())
            .setAttribute(Keys.OPERATION, call.operation())
            .setAttribute(Keys.REQUEST_ID, call.requestId())
            .startSpan();
    return new Traced(name, span, span.makeCurrent());
  }

  private final class Traced implements Observation {
    private final String name;
    private final Span span;
    private final Scope scope;

    Traced(String name, Span span, Scope scope) {
      this.name = name;
      this.span = span;
      this.scope = scope;
    }

    @Override
    public AttemptObservation attemptStarted(int number) {
      // The call's span is current: the attempt's is its child.
      Span attempt =
          tracer
              .spanBuilder(name + " attempt")
              .setSpanKind(SpanKind.INTERNAL)
              .setAttribute(Keys.ATTEMPT, (long) number)
              .startSpan();
      Scope attemptScope = attempt.makeCurrent();
      return a -> {
        if (a.status() != 0) {
          attempt.setAttribute(Keys.HTTP_STATUS, (long) a.status());
        }
        attempt.setAttribute(Keys.OUTCOME, lower(a.outcome()));
        a.retry().ifPresent(r -> attempt.setAttribute(Keys.RETRY_REASON, lower(r)));
        if (a.outcome() != AuditEvent.Outcome.SUCCESS) {
          attempt.setStatus(StatusCode.ERROR);
        }
        attemptScope.close();
        attempt.end();
      };
    }

    @Override
    public void event(Event event) {
      span.addEvent(lower(event));
    }

    @Override
    public void callEnded(AuditEvent event) {
      String outcome = lower(event.outcome());
      span.setAttribute(Keys.OUTCOME, outcome);
      span.setAttribute(Keys.ATTEMPTS, (long) event.attempts());
      if (event.outcome() != AuditEvent.Outcome.SUCCESS) {
        span.setAttribute(Keys.ERROR_TYPE, outcome);
        span.setStatus(StatusCode.ERROR);
      }
      scope.close();
      span.end();
    }
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
