package vn.connector.testlogging;

import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.slf4j.event.Level;

/**
 * Registered for every test by JUnit's extension auto-detection (parent pom): starts each test with
 * no captured events, and when a test fails prints the warnings and errors it logged, so the cause
 * of a red build is on the console while a green one stays quiet.
 */
public final class LogCaptureExtension implements BeforeEachCallback, TestWatcher {

  @Override
  public void beforeEach(ExtensionContext context) {
    CapturedLogs.clear();
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    List<LogEvent> loud =
        CapturedLogs.events().stream()
            .filter(e -> e.level() == Level.WARN || e.level() == Level.ERROR)
            .toList();
    if (loud.isEmpty()) {
      return;
    }
    PrintStream err = System.err;
    err.println("Logged during failed test " + context.getDisplayName() + ":");
    loud.forEach(e -> err.println("  " + e));
  }
}
