package vn.connector.criminalrecord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures every log line of the JVM at a level, instead of the console: the root logger's
 * appenders are detached while it is open, and restored with the level on close.
 */
final class LogCapture implements AutoCloseable {

  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Level previous = root.getLevel();
  private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
  private final ListAppender<ILoggingEvent> list = new ListAppender<>();

  private LogCapture(Level level) {
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      detached.add(it.next());
    }
    detached.forEach(root::detachAppender);
    list.setContext(root.getLoggerContext());
    list.start();
    root.addAppender(list);
    root.setLevel(level);
  }

  static LogCapture at(Level level) {
    return new LogCapture(level);
  }

  /**
   * Each event as text: level, logger, message, and every throwable's class, message and frames.
   */
  synchronized List<String> lines() {
    List<String> out = new ArrayList<>();
    for (ILoggingEvent e : List.copyOf(list.list)) {
      StringBuilder b = new StringBuilder();
      b.append(e.getLevel())
          .append(' ')
          .append(e.getLoggerName())
          .append(" - ")
          .append(e.getFormattedMessage());
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        b.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        for (StackTraceElementProxy f : t.getStackTraceElementProxyArray()) {
          b.append(' ').append(f.getSTEAsString());
        }
      }
      out.add(b.toString());
    }
    return out;
  }

  @Override
  public void close() {
    root.detachAppender(list);
    list.stop();
    detached.forEach(root::addAppender);
    root.setLevel(previous);
  }
}
