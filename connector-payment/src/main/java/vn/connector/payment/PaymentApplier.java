package vn.connector.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.connector.payment.PaymentStore.ApplyMark;
import vn.connector.payment.model.ConfirmOutcome;
import vn.connector.payment.model.PaymentState;

/**
 * The one path by which a good payment reaches the portal's {@link PaymentListener}, whether a
 * CONFIRM or reconciliation found it: mark APPLYING (atomic), run the listener, mark APPLIED and
 * the attempt PAID; on a listener failure drop the APPLYING mark so a repeat may apply it.
 */
final class PaymentApplier {

  /**
   * How long an APPLYING mark holds before another caller may take it over, presuming its holder
   * died mid-way (a crash would otherwise leave the payment unapplicable for ever). A listener
   * running longer than this may see the payment applied a second time.
   */
  static final Duration APPLY_LEASE = Duration.ofMinutes(10);

  /** How often finishing the mark is tried after the listener returned; no waiting between. */
  static final int RECORD_TRIES = 3;

  private static final Logger LOG = LoggerFactory.getLogger(PaymentApplier.class);

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
     * The listener returned but the store failed to record it, even when tried again: the mark
     * stays APPLYING, and once the lease runs out a repeat runs the listener again.
     */
    APPLIED_NOT_RECORDED
  }

  private final PaymentStore store;
  private final Clock clock;
  private final PaymentListener listener;

  PaymentApplier(PaymentStore store, Clock clock, PaymentListener listener) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
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
    try {
      listener.onPaid(payment);
    } catch (RuntimeException e) {
      abandon(payment, at);
      LOG.error(
          "payment {}: the portal's listener failed; not applied, a repeat may apply it",
          payment.reference(),
          e);
      return Result.LISTENER_FAILED;
    }
    if (!record(payment, at)) {
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

  /** Turns this holder's mark APPLIED, trying again at once on a store failure (bounded). */
  private boolean record(ConfirmOutcome.Applied payment, Instant at) {
    for (int tries = 1; ; tries++) {
      try {
        boolean held = store.finishApplying(payment.reference(), payment.transactionId(), at);
        // After a failed try the write may have landed anyway, so only a first "not held" tells.
        if (!held && tries == 1) {
          LOG.warn(
              "payment {}: applied after its lease of {} ran out and another caller took it over;"
                  + " the portal's listener may run for it again",
              payment.reference(),
              APPLY_LEASE);
        }
        return true;
      } catch (RuntimeException e) {
        if (tries == RECORD_TRIES) {
          LOG.error(
              "payment {}: applied, but not recorded after {} tries ({}); answered as not applied,"
                  + " the portal's listener may run for it again after {}",
              payment.reference(),
              RECORD_TRIES,
              e.toString(),
              APPLY_LEASE);
          return false;
        }
      }
    }
  }

  private void abandon(ConfirmOutcome.Applied payment, Instant at) {
    try {
      store.abandonApplying(payment.reference(), payment.transactionId(), at);
    } catch (RuntimeException e) {
      // The mark stays APPLYING: a repeat applies the payment once the lease has run out.
      LOG.error(
          "payment {}: its APPLYING mark not dropped ({})", payment.reference(), e.toString());
    }
  }
}
