package vn.connector.outbox.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.connector.core.ConnectorException;
import vn.connector.core.Sleeper;
import vn.connector.outbox.Deliverer;
import vn.connector.outbox.DeliveryOutcome;
import vn.connector.outbox.OutboxItem;
import vn.connector.outbox.OutboxListener;
import vn.connector.outbox.OutboxObserver;

/** One attempt at one claimed item: call its deliverer, record the outcome under the lease. */
final class Delivery {

  private static final Logger LOG = LoggerFactory.getLogger("vn.connector.outbox.Dispatcher");

  /** Waits before the second and third try to record an outcome while the database is away. */
  private static final Duration[] RECORD_WAITS = {Duration.ofMillis(200), Duration.ofSeconds(1)};

  private final Database db;
  private final Leases leases;
  private final Map<String, Deliverer> deliverers;
  private final DispatchLoop.Settings settings;
  private final OutboxListener listener;
  private final OutboxObserver observer;
  private final RandomGenerator random;
  private final Sleeper sleeper;

  Delivery(
      Database db,
      Leases leases,
      Map<String, Deliverer> deliverers,
      DispatchLoop.Settings settings,
      OutboxListener listener,
      OutboxObserver observer,
      RandomGenerator random,
      Sleeper sleeper) {
    this.db = db;
    this.leases = leases;
    this.deliverers = deliverers;
    this.settings = settings;
    this.listener = listener;
    this.observer = observer;
    this.random = random;
    this.sleeper = sleeper;
  }

  void handle(Claimed c) {
    if (c.takenOver()) {
      notify(() -> listener.leaseExpired(c.item(), c.attempt()));
    }
    DeliveryOutcome outcome = observed(c);
    switch (outcome.kind()) {
      case DELIVERED -> delivered(c);
      case RETRY -> retry(c, outcome);
      case PARK -> park(c, outcome.nationalCode().orElseThrow(), outcome.text().orElseThrow());
    }
  }

  /** The attempt inside the observer's scope, which the deliverer's calls see as current. */
  private DeliveryOutcome observed(Claimed c) {
    OutboxObserver.DeliveryObservation o = OutboxObserver.DeliveryObservation.NONE;
    try {
      o = observer.deliveryStarted(c.item(), c.attempt(), Optional.ofNullable(c.traceParent()));
    } catch (RuntimeException e) {
      LOG.warn("outbox: the observer threw {}; ignored", e.getClass().getName());
    }
    DeliveryOutcome outcome = attempt(c);
    OutboxObserver.DeliveryObservation open =
        o == null ? OutboxObserver.DeliveryObservation.NONE : o;
    notify(() -> open.deliveryEnded(outcome.kind()));
    return outcome;
  }

  private DeliveryOutcome attempt(Claimed c) {
    OutboxItem item = c.item();
    Deliverer d = deliverers.get(DispatchLoop.route(item.system(), item.type()));
    if (d == null) {
      return DeliveryOutcome.retry("no deliverer for " + item.type() + " on " + settings.node());
    }
    try {
      DeliveryOutcome outcome = d.deliver(item);
      return outcome != null ? outcome : DeliveryOutcome.retry("the deliverer returned null");
    } catch (ConnectorException e) {
      return e.isRetryable()
          ? DeliveryOutcome.retry(e.getClass().getSimpleName() + ": " + e.getMessage())
          : DeliveryOutcome.park(e.nationalCode().orElse("REFUSED"), e.getMessage());
    } catch (Exception e) {
      // Also a checked exception thrown sneakily: the class only, its message may hold payload.
      return DeliveryOutcome.retry("the deliverer threw " + e.getClass().getName());
    }
  }

  private void delivered(Claimed c) {
    if (record(c, () -> leases.delivered(c))) {
      Duration age = Duration.between(c.createdAt(), Instant.ofEpochMilli(db.now()));
      notify(() -> listener.delivered(c.item(), c.attempt(), age));
    }
  }

  private void retry(Claimed c, DeliveryOutcome outcome) {
    String why = outcome.text().orElse("retry");
    if (c.attempt() >= settings.parkAfter()) {
      park(c, "RETRIES", "gave up after " + c.attempt() + " attempts: " + why);
      return;
    }
    Duration delay;
    synchronized (random) {
      delay = settings.backoff().delay(c.attempt(), random);
    }
    Duration wait = outcome.retryAfter().filter(a -> a.compareTo(delay) > 0).orElse(delay);
    if (record(c, () -> leases.retry(c, db.now() + wait.toMillis(), clip(why)))) {
      LOG.debug(
          "outbox: item {} attempt {} failed ({}), next in {}", c.id(), c.attempt(), why, wait);
      notify(() -> listener.retrying(c.item(), c.attempt(), why, wait));
    }
  }

  private void park(Claimed c, String code, String text) {
    if (record(c, () -> leases.park(c, clip(code), clip(text)))) {
      LOG.warn(
          "outbox: item {} of {} parked on attempt {} with code {}; replay it once fixed",
          c.id(),
          c.item().system(),
          c.attempt(),
          code);
      notify(() -> listener.parked(c.item(), c.attempt(), code));
    }
  }

  /**
   * Writes an outcome, trying three times with waits in between while the database is away. Returns
   * whether this node still held the lease; when every try failed the lease runs out and the item
   * is delivered again (at least once).
   */
  private boolean record(Claimed c, BooleanSupplier write) {
    for (int tries = 0; ; tries++) {
      try {
        if (write.getAsBoolean()) {
          return true;
        }
        LOG.warn(
            "outbox: item {}: lease lost to another node before the outcome was recorded", c.id());
        return false;
      } catch (RuntimeException e) {
        if (tries == RECORD_WAITS.length) {
          LOG.error(
              "outbox: item {}: outcome not recorded ({}); delivered again after its lease",
              c.id(),
              e.toString());
          return false;
        }
        if (!pause(RECORD_WAITS[tries])) {
          return false;
        }
      }
    }
  }

  private boolean pause(Duration d) {
    try {
      sleeper.sleep(d);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void notify(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("outbox: the listener threw {}; ignored", e.toString());
    }
  }

  private static String clip(String s) {
    return s.length() > 1000 ? s.substring(0, 1000) : s;
  }
}
