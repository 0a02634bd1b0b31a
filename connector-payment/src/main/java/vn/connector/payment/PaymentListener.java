package vn.connector.payment;

import vn.connector.payment.model.ConfirmOutcome;

/**
 * Applies a confirmed payment in the portal (marks the dossier paid). Called once per payment,
 * never for a repeated CONFIRM. If it throws, the payment is not recorded as applied and the
 * platform is answered {@code "99"}, so it sends the CONFIRM again later.
 */
@FunctionalInterface
public interface PaymentListener {

  void onPaid(ConfirmOutcome.Applied payment);

  /** A listener that does nothing: the portal acts on {@link ConfirmOutcome} instead. */
  static PaymentListener none() {
    return payment -> {};
  }
}
