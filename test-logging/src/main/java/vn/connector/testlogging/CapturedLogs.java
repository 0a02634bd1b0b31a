package vn.connector.testlogging;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.event.Level;

/**
 * The SLF4J events logged since the current test began, for assertions:
 *
 * <pre>{@code
 * assertThat(CapturedLogs.at(Level.ERROR))
 *     .singleElement()
 *     .satisfies(e -> assertThat(e.message()).contains("listener failed"));
 * }</pre>
 *
 * Every event is also appended to the file named by the system property {@code connector.testLogs}
 * (the parent pom sets {@code target/test-logs.txt}), stack traces included, so nothing a test logs
 * is lost.
 */
public final class CapturedLogs {

  /** Bounds memory in tests that log a lot; the file keeps everything. */
  private static final int MAX_EVENTS = 10_000;

  private static final List<LogEvent> EVENTS = new ArrayList<>();
  private static boolean fileFailed;
  private static Writer writer;

  private CapturedLogs() {}

  /** Every event captured since the current test began, oldest first. */
  public static synchronized List<LogEvent> events() {
    return List.copyOf(EVENTS);
  }

  /** The events captured since the current test began at exactly {@code level}. */
  public static synchronized List<LogEvent> at(Level level) {
    return EVENTS.stream().filter(e -> e.level() == level).toList();
  }

  /** Forgets the events captured so far; the extension calls it before each test. */
  public static synchronized void clear() {
    EVENTS.clear();
  }

  static synchronized void record(LogEvent event) {
    if (EVENTS.size() < MAX_EVENTS) {
      EVENTS.add(event);
    }
    append(event);
  }

  private static void append(LogEvent event) {
    Writer out = file();
    if (out == null) {
      return;
    }
    StringWriter text = new StringWriter();
    text.append(event.toString()).append(System.lineSeparator());
    if (event.throwable() != null) {
      event.throwable().printStackTrace(new PrintWriter(text));
    }
    try {
      out.write(text.toString());
      out.flush();
    } catch (IOException e) {
      failed(e);
    }
  }

  /**
   * The log file, opened once per JVM (an open, a write and a close per event under the lock made
   * busy multi-threaded tests queue on logging), or null when none is named or it cannot be opened.
   */
  private static Writer file() {
    String name = System.getProperty("connector.testLogs");
    if (name == null || fileFailed) {
      return null;
    }
    if (writer == null) {
      try {
        Path path = Path.of(name).toAbsolutePath();
        Files.createDirectories(path.getParent());
        writer =
            Files.newBufferedWriter(
                path, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        failed(e);
        return null;
      }
    }
    return writer;
  }

  private static void failed(IOException e) {
    // Logging must never change what the code under test does; say it once instead.
    if (!fileFailed) {
      fileFailed = true;
      System.err.println("connector.testLogs: cannot write: " + e);
    }
  }
}
