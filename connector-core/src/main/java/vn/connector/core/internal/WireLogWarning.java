package vn.connector.core.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns once per JVM when HttpClient's header or wire logger is at DEBUG: they print Basic
 * credentials, {@code ApiKey}, {@code lgspaccesstoken} with its secret key, bearer tokens and whole
 * bodies with citizens' data, which the SDK's own loggers never do.
 */
public final class WireLogWarning {

  /** The HttpClient 5 loggers that print credentials and bodies at DEBUG. */
  public static final List<String> LEAKING_LOGGERS =
      List.of("org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire");

  private static final AtomicBoolean WARNED = new AtomicBoolean();
  private static final Logger LOG = LoggerFactory.getLogger(WireLogWarning.class);

  private WireLogWarning() {}

  static void checkOnce() {
    check(
        WARNED,
        name -> LoggerFactory.getLogger(name).isDebugEnabled(),
        message -> LOG.warn(message));
  }

  /**
   * Emits the warning through {@code warn} when a leaking logger is at DEBUG and {@code warned} was
   * not yet set; returns whether it warned.
   */
  public static boolean check(
      AtomicBoolean warned, Predicate<String> debugEnabled, Consumer<String> warn) {
    for (String name : LEAKING_LOGGERS) {
      if (debugEnabled.test(name) && warned.compareAndSet(false, true)) {
        warn.accept(
            "logger "
                + name
                + " is at DEBUG: it prints credentials, tokens and personal data of every call;"
                + " set it to INFO outside a test bench");
        return true;
      }
    }
    return false;
  }
}
