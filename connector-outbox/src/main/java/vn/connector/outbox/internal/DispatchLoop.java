package vn.connector.outbox.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.connector.core.Sleeper;
import vn.connector.outbox.Backoff;
import vn.connector.outbox.Deliverer;
import vn.connector.outbox.OutboxListener;
import vn.connector.outbox.OutboxObserver;

/** The dispatcher's threads: a poller that claims, workers that deliver, a lease heartbeat. */
public final class DispatchLoop {

  private static final Logger LOG = LoggerFactory.getLogger("vn.connector.outbox.Dispatcher");

  /** The dispatcher's options, validated by its builder. */
  public record Settings(
      int threads,
      Duration pollInterval,
      int batchSize,
      Duration lease,
      Backoff backoff,
      int parkAfter,
      String node) {}

  private final Database db;
  private final Leases leases;
  private final Settings settings;
  private final Set<String> systems = new TreeSet<>();
  private final Delivery delivery;
  private final RandomGenerator random;
  private final Map<Long, Claimed> inFlight = new ConcurrentHashMap<>();
  private final AtomicBoolean tickQueued = new AtomicBoolean();
  private final Semaphore slots;
  private volatile boolean closed;
  private ScheduledExecutorService scheduler;
  private ExecutorService workers;

  public DispatchLoop(
      Database db,
      Leases leases,
      Map<String, Deliverer> deliverers,
      Settings settings,
      OutboxListener listener,
      OutboxObserver observer,
      RandomGenerator random,
      Sleeper sleeper) {
    this.db = db;
    this.leases = leases;
    this.settings = settings;
    this.random = random;
    // A node holds at most a batch: the items in delivery and those claimed and waiting.
    this.slots = new Semaphore(Math.max(settings.threads(), settings.batchSize()));
    deliverers.keySet().forEach(r -> systems.add(r.substring(0, r.indexOf('\u0001'))));
    this.delivery =
        new Delivery(db, leases, deliverers, settings, listener, observer, random, sleeper);
  }

  /** The key of a deliverer: control characters cannot occur in system or type names. */
  public static String route(String system, String type) {
    return system + '\u0001' + type;
  }

  public synchronized void start() {
    if (scheduler != null) {
      throw new IllegalStateException("dispatcher already started");
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(threads("outbox-poll"));
    workers = Executors.newFixedThreadPool(settings.threads(), threads("outbox-deliver"));
    long poll = settings.pollInterval().toMillis();
    scheduler.scheduleWithFixedDelay(this::tick, 0, poll, TimeUnit.MILLISECONDS);
    long beat = Math.max(1, settings.lease().toMillis() / 3);
    scheduler.scheduleAtFixedRate(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
  }

  public int runOnce() {
    int handled = 0;
    for (Claimed c : claim(settings.batchSize())) {
      inFlight.put(c.id(), c);
      try {
        delivery.handle(c);
      } finally {
        inFlight.remove(c.id());
      }
      handled++;
    }
    return handled;
  }

  /** On the poller thread only: tops up the node's batch of claimed items. */
  private void tick() {
    tickQueued.set(false);
    try {
      if (!closed && slots.availablePermits() > 0) {
        claim(slots.availablePermits()).forEach(this::submit);
      }
    } catch (RuntimeException e) {
      LOG.warn(
          "outbox: polling failed, trying again in {} ({})", settings.pollInterval(), e.toString());
    }
  }

  private void submit(Claimed c) {
    slots.acquireUninterruptibly();
    inFlight.put(c.id(), c);
    workers.execute(
        () -> {
          try {
            delivery.handle(c);
          } catch (RuntimeException | Error e) {
            LOG.error(
                "outbox: item {} not handled; its lease will run out ({})", c.id(), e.toString());
          } finally {
            inFlight.remove(c.id());
            slots.release();
            wake();
          }
        });
  }

  /**
   * A freed worker asks for more now rather than at the next poll, once the batch has run down to
   * what the workers can take at once (so the head query is not run after every item).
   */
  private void wake() {
    if (!closed
        && slots.availablePermits() >= settings.threads()
        && tickQueued.compareAndSet(false, true)) {
      try {
        scheduler.execute(this::tick);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        tickQueued.set(false);
      }
    }
  }

  private List<Claimed> claim(int wanted) {
    List<Claimed> candidates = new ArrayList<>(leases.candidates(systems, wanted * 2));
    // Nodes read the same heads: in a different order each, they rarely claim the same item.
    synchronized (random) {
      Collections.shuffle(candidates, new java.util.Random(random.nextLong()));
    }
    List<Claimed> claimed = new ArrayList<>();
    long until = db.now() + settings.lease().toMillis();
    for (Claimed candidate : candidates) {
      if (claimed.size() == wanted) {
        break;
      }
      Claimed c = leases.claim(candidate, settings.node(), until);
      if (c != null) {
        claimed.add(c);
      }
    }
    return claimed;
  }

  private void heartbeat() {
    try {
      List<Long> ids = new ArrayList<>(inFlight.keySet());
      int held = leases.renew(settings.node(), ids, db.now() + settings.lease().toMillis());
      if (held < ids.size()) {
        // Also counts items that ended between the snapshot and the update: a hint only; a lost
        // lease shows for certain when its outcome is refused.
        LOG.debug("outbox: {} of {} leases not renewed", ids.size() - held, ids.size());
      }
    } catch (RuntimeException e) {
      LOG.warn("outbox: leases not renewed ({})", e.toString());
    }
  }

  public void close() {
    ExecutorService w;
    ScheduledExecutorService s;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      w = workers;
      s = scheduler;
    }
    if (w == null) {
      return;
    }
    w.shutdown();
    try {
      if (!w.awaitTermination(settings.lease().toMillis(), TimeUnit.MILLISECONDS)) {
        w.shutdownNow();
      }
    } catch (InterruptedException e) {
      w.shutdownNow();
      Thread.currentThread().interrupt();
    } finally {
      s.shutdownNow();
    }
  }

  private static ThreadFactory threads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
