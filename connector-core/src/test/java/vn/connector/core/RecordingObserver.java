package vn.connector.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Writes down what an observer is told, one line per method, for assertions on order. */
final class RecordingObserver implements CallObserver {

  final List<String> lines = new CopyOnWriteArrayList<>();
  final List<AuditEvent> ended = new CopyOnWriteArrayList<>();
  private final String name;

  RecordingObserver(String name) {
    this.name = name;
  }

  @Override
  public Observation callStarted(Call call) {
    lines.add(name + " start " + call.system() + "/" + call.operation());
    return new Observation() {
      @Override
      public AttemptObservation attemptStarted(int number) {
        lines.add(name + " attempt " + number);
        return a ->
            lines.add(
                name
                    + " attempt "
                    + a.number()
                    + " ended "
                    + a.status()
                    + " "
                    + a.outcome()
                    + a.retry().map(r -> " retry " + r).orElse(""));
      }

      @Override
      public void event(Event event) {
        lines.add(name + " event " + event);
      }

      @Override
      public void callEnded(AuditEvent event) {
        ended.add(event);
        lines.add(name + " end " + event.outcome() + " attempts " + event.attempts());
      }
    };
  }
}
