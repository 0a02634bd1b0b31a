package vn.connector.outbox.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.connector.outbox.Acceptor;
import vn.connector.outbox.Backoff;
import vn.connector.outbox.Tracked;
import vn.connector.outbox.Tracker;

/** One tracker's rounds: claim due dossiers, poll each, record what the acceptor said. */
public final class TrackerLoop<T> {

  private static final Logger LOG = LoggerFactory.getLogger("vn.connector.outbox.Tracker");

  /** The tracker's options, validated by its builder. */
  public record Settings(
      int batchSize,
      Duration interval,
      Backoff backoff,
      Duration maxAge,
      Duration lease,
      String node) {}

  private final TrackerStore store;
  private final Tracker.Poll<T> poll;
  private final Acceptor<T> acceptor;
  private final Tracker.Completion<T> completion;
  private final Function<T, String> describe;
  private final Settings settings;
  private final RandomGenerator random;
  private ScheduledExecutorService scheduler;

  public TrackerLoop(
      TrackerStore store,
      Tracker.Poll<T> poll,
      Acceptor<T> acceptor,
      Tracker.Completion<T> completion,
      Function<T, String> describe,
      Settings settings,
      RandomGenerator random) {
    this.store = store;
    this.poll = poll;
    this.acceptor = acceptor;
    this.completion = completion;
    this.describe = describe;
    this.settings = settings;
    this.random = random;
  }

  public synchronized void start() {
    if (scheduler != null) {
      throw new IllegalStateException("tracker already started");
    }
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "outbox-tracker");
              t.setDaemon(true);
              return t;
            });
    // A round that found a full batch runs again at once: the interval is the wait per dossier.
    long every = Math.min(settings.interval().toMillis(), 1000);
    scheduler.scheduleWithFixedDelay(this::rounds, 0, every, TimeUnit.MILLISECONDS);
  }

  private void rounds() {
    try {
      while (runOnce() == settings.batchSize()) {
        if (Thread.currentThread().isInterrupted()) {
          return;
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("tracker: round failed, trying again ({})", e.toString());
    }
  }

  public int runOnce() {
    int handled = 0;
    long until = store.database().now() + settings.lease().toMillis();
    for (TrackerStore.Held candidate : store.due(settings.batchSize())) {
      TrackerStore.Held held = store.claim(candidate, settings.node(), until);
      if (held != null) {
        pollOne(held);
        handled++;
      }
    }
    return handled;
  }

  private void pollOne(TrackerStore.Held held) {
    T answer = null;
    Acceptor.State state;
    try {
      answer = poll.poll(held.tracked());
      state = acceptor.accept(answer);
    } catch (RuntimeException e) {
      state = acceptor.acceptFailure(e);
      LOG.debug("tracker: poll of {} failed ({})", held.tracked().id(), e.getClass().getName());
    }
    String status = answer == null ? null : clip(describe.apply(answer));
    long now = store.database().now();
    boolean expired =
        now - held.tracked().startedAt().toEpochMilli() >= settings.maxAge().toMillis();
    switch (state) {
      case FINAL -> end(held, Tracked.State.FINAL, status, answer);
      case ERROR -> end(held, Tracked.State.ERROR, status, answer);
      case KEEP_POLLING -> {
        if (expired) {
          end(held, Tracked.State.EXPIRED, status, null);
        } else {
          again(held, answer == null, status, now);
        }
      }
    }
  }

  private void again(TrackerStore.Held held, boolean failed, String status, long now) {
    int failures = failed ? held.failures() + 1 : 0;
    Duration wait;
    synchronized (random) {
      wait = failed ? settings.backoff().delay(failures, random) : settings.interval();
    }
    store.again(held, now + wait.toMillis(), failures, status);
  }

  private void end(TrackerStore.Held held, Tracked.State state, String status, T answer) {
    Tracked t = held.tracked();
    Tracked ended =
        new Tracked(
            t.id(),
            t.system(),
            t.key(),
            t.reference(),
            state,
            t.polls(),
            t.startedAt(),
            status == null ? t.lastStatus() : Optional.of(status));
    try {
      store
          .database()
          .inTransaction(
              c -> {
                if (store.end(c, held, state, status)) {
                  completion.completed(c, ended, Optional.ofNullable(answer));
                }
                return null;
              });
    } catch (RuntimeException e) {
      LOG.warn("tracker: completion of {} failed, polled again later ({})", t.id(), e.toString());
      again(held, true, status, store.database().now());
    }
  }

  public void close() {
    ScheduledExecutorService s;
    synchronized (this) {
      s = scheduler;
    }
    if (s != null) {
      s.shutdown();
      try {
        if (!s.awaitTermination(settings.lease().toMillis(), TimeUnit.MILLISECONDS)) {
          s.shutdownNow();
        }
      } catch (InterruptedException e) {
        s.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }

  private static String clip(String s) {
    return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
  }
}
