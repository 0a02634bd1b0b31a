package vn.connector.core.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * One daemon watchdog for all clients that aborts an exchange when its call's deadline passes.
 * Socket timeouts bound each read, not the sum of them: a server sending a byte every 400 ms never
 * trips a 30 s read timeout, and only an abort ends it.
 *
 * <p>Each send registers in a concurrent set and leaves it when it ends; the watchdog looks over
 * the set every {@value #TICK_MILLIS} ms and aborts what is past its deadline, so an abort comes at
 * most that late. A scheduled executor did the same with a task per send, scheduled and cancelled
 * under its queue's one lock, which every caller of every client took twice per send (issue 16).
 * With nothing in flight for a second the watchdog parks until the next send.
 */
final class Deadlines {

  static final long TICK_MILLIS = 20;
  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private static final Set<Watch> WATCHED = ConcurrentHashMap.newKeySet();
  private static volatile boolean sleeping;
  private static final Thread WATCHDOG = start();

  private Deadlines() {}

  /** One send under watch; {@link #close} when it ends, whichever way. */
  static final class Watch implements AutoCloseable {
    private final HttpUriRequestBase request;
    private final long deadline;

    private Watch(HttpUriRequestBase request, long deadline) {
      this.request = request;
      this.deadline = deadline;
    }

    @Override
    public void close() {
      WATCHED.remove(this);
    }
  }

  static Watch abortAfter(HttpUriRequestBase request, Duration timeLeft) {
    Watch watch = new Watch(request, System.nanoTime() + timeLeft.toNanos());
    WATCHED.add(watch);
    if (sleeping) {
      LockSupport.unpark(WATCHDOG);
    }
    return watch;
  }

  private static Thread start() {
    Thread t = new Thread(Deadlines::watch, "connector-deadlines");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void watch() {
    long idleSince = System.nanoTime();
    while (true) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
      long now = System.nanoTime();
      for (Watch w : WATCHED) {
        if (now - w.deadline >= 0 && WATCHED.remove(w)) {
          w.request.cancel(); // closes the connection: the sender sees the abort at once
        }
      }
      if (!WATCHED.isEmpty()) {
        idleSince = now;
      } else if (now - idleSince > IDLE_NANOS) {
        sleepUntilASend();
        idleSince = System.nanoTime();
      }
    }
  }

  /** Parks until a send registers: it sees {@code sleeping}, or this sees its registration. */
  private static void sleepUntilASend() {
    sleeping = true;
    while (WATCHED.isEmpty()) {
      LockSupport.park(Deadlines.class);
    }
    sleeping = false;
  }
}
