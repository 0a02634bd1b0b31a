package vn.connector.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.connector.core.Sleeper;
import vn.connector.outbox.Backoff;
import vn.connector.payment.PaymentStore.ApplyMark;
import vn.connector.payment.model.ConfirmOutcome;
import vn.connector.payment.model.PaymentState;

/**
 * The one path by which a good payment reaches the portal's {@link PaymentListener}, whether a
 * CONFIRM or reconciliation found it: mark APPLYING (atomic), run the listener while renewing the
 * mark's lease, mark APPLIED and the attempt PAID; on a listener failure drop the APPLYING mark so
 * a repeat may apply it.
 */
final class PaymentApplier {

  /**
   * How long an APPLYING mark holds without renewal before another caller may take it over,
   * presuming its holder died mid-way. The holder renews it every third of this while the listener
   * runs, so only a dead holder's mark is taken over.
   */
  static final Duration APPLY_LEASE = Duration.ofMinutes(10);

  /** How often finishing the mark is tried after the listener returned. */
  static final int RECORD_TRIES = 5;

  /** Waits between those tries: a database blip is over in seconds, well within the lease. */
  static final Backoff RECORD_BACKOFF =
      Backoff.exponential(Duration.ofMillis(250), Duration.ofSeconds(4));

  private static final Logger LOG = LoggerFactory.getLogger(PaymentApplier.class);

  private static final ScheduledExecutorService RENEWALS =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "payment-apply-lease");
            t.setDaemon(true);
            return t;
          });

  /** What became of one attempt to apply a payment. */
  enum Result {
    /** Applied now: the listener ran and returned. */
    APPLIED,
    /** Applied before: the listener did not run again. */
    ALREADY_APPLIED,
    /** Another caller is applying it right now and may yet fail: the listener did not run. */
    IN_PROGRESS,
    /** The listener threw: nothing is recorded, a repeat may apply it. */
    LISTENER_FAILED,
    /**
     * The listener returned but the store failed to record it, even when tried again with backoff:
     * the mark stays APPLYING, and once the lease runs out a repeat runs the listener again.
     */
    APPLIED_NOT_RECORDED
  }

  private final PaymentStore store;
  private final Clock clock;
  private final PaymentListener listener;
  private final Sleeper sleeper;
  private final Duration renewEvery;
  private final Random random = new Random();

  PaymentApplier(PaymentStore store, Clock clock, PaymentListener listener) {
    this(store, clock, listener, Sleeper.system(), APPLY_LEASE.dividedBy(3));
  }

  PaymentApplier(
      PaymentStore store,
      Clock clock,
      PaymentListener listener,
      Sleeper sleeper,
      Duration renewEvery) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.renewEvery = Objects.requireNonNull(renewEvery, "renewEvery");
  }

  Result apply(ConfirmOutcome.Applied payment) {
    Instant at = clock.instant();
    ApplyMark mark =
        store.beginApplying(
            payment.reference(), payment.transactionId(), at, at.minus(APPLY_LEASE));
    if (mark == ApplyMark.APPLIED) {
      // Heals an attempt left pending by a failure between the two writes below.
      store.updateState(payment.reference(), PaymentState.PAID);
      return Result.ALREADY_APPLIED;
    }
    if (mark == ApplyMark.APPLYING) {
      return Result.IN_PROGRESS;
    }
    ApplyLease lease = new ApplyLease(store, clock, payment, at);
    ScheduledFuture<?> renewal =
        RENEWALS.scheduleAtFixedRate(
            lease::renew, renewEvery.toMillis(), renewEvery.toMillis(), TimeUnit.MILLISECONDS);
    try {
      listener.onPaid(payment);
    } catch (Throwable e) {
      // Also an Error or a checked exception thrown sneakily: handle() must not throw, and the
      // mark must not stay APPLYING until the lease ends.
      renewal.cancel(false);
      lease.end(token -> abandon(payment, token));
      LOG.error(
          "payment {}: the portal's listener failed ({}); not applied, a repeat may apply it",
          payment.reference(),
          e.getClass().getName());
      return Result.LISTENER_FAILED;
    }
    renewal.cancel(false);
    if (!record(payment, lease)) {
      return Result.APPLIED_NOT_RECORDED;
    }
    try {
      store.updateState(payment.reference(), PaymentState.PAID);
    } catch (RuntimeException e) {
      // The APPLIED mark is there: the next copy or reconciliation heals the attempt's state.
      LOG.warn("payment {}: applied; its attempt not yet marked PAID ({})", payment.reference(), e);
    }
    return Result.APPLIED;
  }

  /** Turns this holder's mark APPLIED, with backoff between tries while the store fails. */
  private boolean record(ConfirmOutcome.Applied payment, ApplyLease lease) {
    for (int tries = 1; ; tries++) {
      try {
        boolean held =
            lease.end(
                token -> store.finishApplying(payment.reference(), payment.transactionId(), token));
        // After a failed try the write may have landed anyway, so only a first "not held" tells.
        if (!held && tries == 1) {
          LOG.warn(
              "payment {}: applied after another caller took its mark over;"
                  + " the portal's listener may run for it again",
              payment.reference());
        }
        return true;
      } catch (RuntimeException e) {
        if (tries == RECORD_TRIES || !pause(tries)) {
          LOG.error(
              "payment {}: applied, but not recorded after {} tries ({}); answered as not applied,"
                  + " the portal's listener may run for it again after {}",
              payment.reference(),
              tries,
              e.getClass().getName(),
              APPLY_LEASE);
          return false;
        }
      }
    }
  }

  private boolean pause(int tries) {
    Duration wait;
    synchronized (random) {
      wait = RECORD_BACKOFF.delay(tries, random);
    }
    try {
      sleeper.sleep(wait);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private boolean abandon(ConfirmOutcome.Applied payment, Instant token) {
    try {
      return store.abandonApplying(payment.reference(), payment.transactionId(), token);
    } catch (RuntimeException e) {
      // The mark stays APPLYING: a repeat applies the payment once the lease has run out.
      LOG.error(
          "payment {}: its APPLYING mark not dropped ({})",
          payment.reference(),
          e.getClass().getName());
      return false;
    }
  }
}
