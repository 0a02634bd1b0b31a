package vn.connector.testlogging;

import java.util.Map;
import java.util.Objects;
import org.slf4j.event.Level;

/**
 * One captured SLF4J event.
 *
 * @param level the level it was logged at
 * @param logger the logger's name
 * @param thread the thread that logged it
 * @param message the message with its arguments filled in
 * @param throwable the exception logged with it, or null
 * @param mdc the logging thread's MDC when it logged (empty when none)
 */
public record LogEvent(
    Level level,
    String logger,
    String thread,
    String message,
    Throwable throwable,
    Map<String, String> mdc) {

  public LogEvent {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(logger, "logger");
    Objects.requireNonNull(thread, "thread");
    Objects.requireNonNull(message, "message");
    mdc = mdc == null ? Map.of() : Map.copyOf(mdc);
  }

  /** An event logged with an empty MDC. */
  public LogEvent(Level level, String logger, String thread, String message, Throwable throwable) {
    this(level, logger, thread, message, throwable, Map.of());
  }

  /** The event as one line, as slf4j-simple would print it (without the stack trace). */
  @Override
  public String toString() {
    String line = "[" + thread + "] " + level + " " + logger + " - " + message;
    return throwable == null ? line : line + " (" + throwable + ")";
  }
}
