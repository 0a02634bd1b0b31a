package vn.connector.testkit.population;

import java.util.ArrayList;
import java.util.List;
import vn.connector.core.AuditEvent;
import vn.connector.core.AuditListener;

/** An {@link AuditListener} that keeps the events, for tests. Thread-safe. */
public final class RecordingAuditListener implements AuditListener {

  private final List<AuditEvent> events = new ArrayList<>();

  @Override
  public synchronized void onEvent(AuditEvent event) {
    events.add(event);
  }

  public synchronized List<AuditEvent> events() {
    return List.copyOf(events);
  }

  public synchronized void clear() {
    events.clear();
  }
}
