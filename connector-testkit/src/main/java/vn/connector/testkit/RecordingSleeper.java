package vn.connector.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.connector.core.Sleeper;

/**
 * A {@link Sleeper} that records the waits asked of it and returns at once: retries in zero time.
 */
public final class RecordingSleeper implements Sleeper {

  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
  }

  /** The waits so far, in order. */
  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  public synchronized void clear() {
    sleeps.clear();
  }
}
