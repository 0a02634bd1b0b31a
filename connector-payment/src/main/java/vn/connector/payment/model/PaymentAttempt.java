package vn.connector.payment.model;

import java.time.Instant;
import java.util.Objects;
import vn.connector.core.DossierCode;
import vn.connector.core.Money;

/**
 * One payment attempt as the portal recorded it before sending INIT.
 *
 * @param reference mã tham chiếu of this attempt
 * @param dossier the dossier it pays for
 * @param amount what INIT asked
 * @param startedAt when it was recorded
 * @param state where it stands as far as the portal knows
 */
public record PaymentAttempt(
    PaymentReference reference,
    DossierCode dossier,
    Money amount,
    Instant startedAt,
    PaymentState state) {

  public PaymentAttempt {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(state, "state");
  }

  public PaymentAttempt withState(PaymentState newState) {
    return new PaymentAttempt(reference, dossier, amount, startedAt, newState);
  }
}
