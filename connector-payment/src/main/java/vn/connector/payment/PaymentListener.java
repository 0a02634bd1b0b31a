package vn.connector.payment;

import vn.connector.payment.model.ConfirmOutcome;

/**
 * Applies a confirmed payment in the portal (marks the dossier paid). Called once per payment,
 * whether a CONFIRM or {@link PaymentClient#reconcile()} found it, never again for a repeated
 * CONFIRM. If it throws, the payment is not recorded as applied: a CONFIRM is answered {@code "99"}
 * so the platform sends it again, and reconciliation leaves the attempt pending.
 *
 * <p>It should return within minutes: a payment left APPLYING for longer than that is presumed
 * abandoned by a crashed node and may be applied again.
 */
@FunctionalInterface
public interface PaymentListener {

  void onPaid(ConfirmOutcome.Applied payment);

  /** A listener that does nothing: the portal acts on {@link ConfirmOutcome} instead. */
  static PaymentListener none() {
    return payment -> {};
  }
}
