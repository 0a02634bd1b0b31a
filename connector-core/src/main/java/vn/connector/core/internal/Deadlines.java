package vn.connector.core.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * One daemon timer for all clients that aborts an exchange when its call's deadline passes. Socket
 * timeouts bound each read, not the sum of them: a server sending a byte every 400 ms never trips a
 * 30 s read timeout, and only an abort ends it.
 */
final class Deadlines {

  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private Deadlines() {}

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor t =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread thread = new Thread(r, "connector-deadlines");
              thread.setDaemon(true);
              return thread;
            });
    // Most calls end long before their deadline: do not keep their cancelled aborts queued.
    t.setRemoveOnCancelPolicy(true);
    return t;
  }

  static ScheduledFuture<?> abortAfter(HttpUriRequestBase request, Duration timeLeft) {
    return TIMER.schedule(request::cancel, timeLeft.toNanos(), TimeUnit.NANOSECONDS);
  }
}
