package vn.connector.payment;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.connector.payment.model.ConfirmOutcome;

/**
 * The APPLYING mark one caller holds while the portal's listener runs. Renewing it writes a later
 * instant, which becomes the holder's token: a listener running longer than the lease keeps its
 * mark, instead of a repeat taking it over and applying the payment a second time.
 */
final class ApplyLease {

  private static final Logger LOG = LoggerFactory.getLogger(PaymentApplier.class);

  private final PaymentStore store;
  private final Clock clock;
  private final ConfirmOutcome.Applied payment;
  private Instant token;
  private boolean renewable = true;

  ApplyLease(PaymentStore store, Clock clock, ConfirmOutcome.Applied payment, Instant token) {
    this.store = store;
    this.clock = clock;
    this.payment = payment;
    this.token = token;
  }

  synchronized Instant token() {
    return token;
  }

  /** Runs {@code end} with the current token, no renewal in between; ends renewing. */
  synchronized <T> T end(java.util.function.Function<Instant, T> end) {
    renewable = false;
    return end.apply(token);
  }

  synchronized void renew() {
    Instant now = clock.instant();
    if (!renewable || now.toEpochMilli() <= token.toEpochMilli()) {
      return;
    }
    try {
      if (store.renewApplying(payment.reference(), payment.transactionId(), token, now)) {
        token = now;
      } else {
        renewable = false;
      }
    } catch (RuntimeException e) {
      LOG.warn(
          "payment {}: lease of its APPLYING mark not renewed ({})",
          payment.reference(),
          e.getClass().getName());
    }
  }
}
