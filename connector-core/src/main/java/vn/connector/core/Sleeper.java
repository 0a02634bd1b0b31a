package vn.connector.core;

import java.time.Duration;

/**
 * Waits between retries. Production uses {@link #system()}; tests inject one that records the
 * requested pauses and returns at once, so that no test waits for real time.
 */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  static Sleeper system() {
    return d -> Thread.sleep(d.toMillis());
  }
}
