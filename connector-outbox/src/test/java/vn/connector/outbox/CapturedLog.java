package vn.connector.outbox;

import java.util.List;
import java.util.stream.Collectors;
import vn.connector.testlogging.CapturedLogs;
import vn.connector.testlogging.LogEvent;

/**
 * The log lines written since this capture began, from the build's capturing SLF4J provider
 * (test-logging), so tests that provoke warnings assert them instead of printing them.
 */
final class CapturedLog implements AutoCloseable {

  private final int start = CapturedLogs.events().size();

  String text() {
    List<LogEvent> events = CapturedLogs.events();
    return events.subList(Math.min(start, events.size()), events.size()).stream()
        .map(LogEvent::toString)
        .collect(Collectors.joining(System.lineSeparator()));
  }

  @Override
  public void close() {
    // Nothing to restore: the provider keeps capturing for the next test.
  }
}
