package vn.connector.payment;

import vn.connector.payment.model.ConfirmOutcome;

/**
 * Applies a confirmed payment in the portal (marks the dossier paid). Called once per payment,
 * whether a CONFIRM or {@link PaymentClient#reconcile()} found it, never again for a repeated
 * CONFIRM. If it throws, the payment is not recorded as applied: a CONFIRM is answered {@code "99"}
 * so the platform sends it again, and reconciliation leaves the attempt pending.
 *
 * <p>Required: a CONFIRM is answered {@code "00"} only once this returned, so a crash between the
 * answer and the portal acting cannot lose a payment. Exactly once holds while the store works (its
 * writes are tried again with backoff through a short outage) and the node lives: the lease of the
 * APPLYING mark is renewed while this runs, however long; otherwise delivery is
 * <b>at-least-once</b>, keyed by (MaThamChieu, MaGiaoDich), i.e. ({@code payment.reference()},
 * {@code payment.transactionId()}). It may run again for the same payment when:
 *
 * <ul>
 *   <li>it returned but the store failed to record that through every try (an outage longer than
 *       seconds): the CONFIRM is answered {@code "99"}, and once the lease has run out a repeat
 *       runs it again;
 *   <li>its node died mid-way, or the store could not renew the lease: the mark is presumed
 *       abandoned and taken over by a repeat after the lease (ten minutes).
 * </ul>
 *
 * <p>So make {@code onPaid} idempotent on that key, e.g. mark the dossier paid with a conditional
 * update or a unique constraint on (reference, transaction id) in the portal's own transaction.
 */
@FunctionalInterface
public interface PaymentListener {

  void onPaid(ConfirmOutcome.Applied payment);
}
