package vn.connector.payment;

import java.time.Clock;
import java.time.Duration;
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
    LISTENER_FAILED
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
    ApplyMark mark =
        store.beginApplying(
            payment.reference(),
            payment.transactionId(),
            clock.instant(),
            clock.instant().minus(APPLY_LEASE));
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
      store.abandonApplying(payment.reference(), payment.transactionId());
      LOG.error(
          "payment {}: the portal's listener failed; not applied, a repeat may apply it",
          payment.reference(),
          e);
      return Result.LISTENER_FAILED;
    }
    store.finishApplying(payment.reference(), payment.transactionId());
    store.updateState(payment.reference(), PaymentState.PAID);
    return Result.APPLIED;
  }
}
