package vn.connector.micrometer.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import vn.connector.core.AuditEvent;
import vn.connector.core.Call;
import vn.connector.core.CallObserver;

/**
 * The call observer behind {@code ConnectorMetrics}: every tag is a system, an operation, an
 * outcome, a status class or a reason, never a request id, dossier code or citizen's ID.
 */
public final class CallMetrics implements CallObserver {

  private final MeterRegistry registry;

  public CallMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Observation callStarted(Call call) {
    return new Watch(call.system(), call.operation(), Timer.start(registry));
  }

  private final class Watch implements Observation {
    private final String system;
    private final String operation;
    private final Timer.Sample sample;

    Watch(String system, String operation, Timer.Sample sample) {
      this.system = system;
      this.operation = operation;
      this.sample = sample;
    }

    @Override
    public AttemptObservation attemptStarted(int number) {
      return this::attemptEnded;
    }

    private void attemptEnded(Attempt attempt) {
      counter(
              Names.ATTEMPTS,
              "status",
              statusClass(attempt.status()),
              "outcome",
              lower(attempt.outcome()))
          .increment();
      attempt
          .retry()
          .ifPresent(reason -> counter(Names.RETRIES, "reason", lower(reason)).increment());
    }

    @Override
    public void event(Event event) {
      switch (event) {
        case TOKEN_FETCHED -> tokenFetch("success");
        case TOKEN_FETCH_FAILED -> tokenFetch("failure");
        case SIGNATURE_FAILED -> counter(Names.SIGNATURE_FAILURES).increment();
        case CACHE_HIT -> counter(Names.CACHE, "result", "hit").increment();
        case CACHE_MISS -> counter(Names.CACHE, "result", "miss").increment();
      }
    }

    private void tokenFetch(String outcome) {
      Counter.builder(Names.TOKEN_FETCHES)
          .description("Tokens and sessions fetched from their issuer")
          .tags("system", system, "outcome", outcome)
          .register(registry)
          .increment();
    }

    @Override
    public void callEnded(AuditEvent event) {
      String outcome = lower(event.outcome());
      counter(Names.CALLS, "outcome", outcome).increment();
      sample.stop(
          Timer.builder(Names.CALL_DURATION)
              .description("Calls to national systems, retries and cache answers included")
              .tags("system", system, "operation", operation, "outcome", outcome)
              .publishPercentileHistogram()
              .minimumExpectedValue(Duration.ofMillis(1))
              .maximumExpectedValue(Duration.ofMinutes(2))
              .register(registry));
    }

    private Counter counter(String name, String... extraTags) {
      return Counter.builder(name)
          .tags("system", system, "operation", operation)
          .tags(extraTags)
          .register(registry);
    }
  }

  /** 2xx, 4xx, 5xx...; "none" when no answer came. */
  static String statusClass(int status) {
    return status == 0 ? "none" : (status / 100) + "xx";
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
