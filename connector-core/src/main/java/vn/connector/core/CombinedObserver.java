package vn.connector.core;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several observers as one, each kept apart from the others' failures: what one throws is logged
 * and dropped, and the others are still told. Ends are told in reverse order of starts, so that
 * scopes the observers opened (an OpenTelemetry span made current) close innermost first.
 */
final class CombinedObserver implements CallObserver {

  private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

  private final List<CallObserver> observers;

  CombinedObserver(List<CallObserver> observers) {
    this.observers = List.copyOf(observers);
  }

  @Override
  public Observation callStarted(Call call) {
    if (observers.isEmpty()) {
      return Observation.NONE;
    }
    List<Observation> started = new ArrayList<>(observers.size());
    for (CallObserver o : observers) {
      try {
        Observation s = o.callStarted(call);
        started.add(s == null ? Observation.NONE : s);
      } catch (RuntimeException e) {
        warn("callStarted", call, e);
        started.add(Observation.NONE);
      }
    }
    return new Combined(call, started);
  }

  private record Combined(Call call, List<Observation> observations) implements Observation {

    @Override
    public AttemptObservation attemptStarted(int number) {
      List<AttemptObservation> started = new ArrayList<>(observations.size());
      for (Observation o : observations) {
        try {
          AttemptObservation a = o.attemptStarted(number);
          started.add(a == null ? AttemptObservation.NONE : a);
        } catch (RuntimeException e) {
          warn("attemptStarted", call, e);
          started.add(AttemptObservation.NONE);
        }
      }
      return attempt -> {
        for (int i = started.size() - 1; i >= 0; i--) {
          try {
            started.get(i).attemptEnded(attempt);
          } catch (RuntimeException e) {
            warn("attemptEnded", call, e);
          }
        }
      };
    }

    @Override
    public void event(Event event) {
      for (Observation o : observations) {
        try {
          o.event(event);
        } catch (RuntimeException e) {
          warn("event", call, e);
        }
      }
    }

    @Override
    public void callEnded(AuditEvent event) {
      for (int i = observations.size() - 1; i >= 0; i--) {
        try {
          observations.get(i).callEnded(event);
        } catch (RuntimeException e) {
          warn("callEnded", call, e);
        }
      }
    }
  }

  private static void warn(String method, Call call, RuntimeException e) {
    // An observer failing must not turn a good answer into an error; it must be seen, though.
    LOG.warn(
        "call observer failed in {} for {}/{} [{}]: {}",
        method,
        call.system(),
        call.operation(),
        call.requestId(),
        e.getClass().getName());
  }
}
