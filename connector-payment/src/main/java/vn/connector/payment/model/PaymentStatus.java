package vn.connector.payment.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.connector.core.Money;

/**
 * What the platform says about one attempt (the QUERY answer).
 *
 * @param reference mã tham chiếu
 * @param state paid, pending or failed (TrangThaiGD)
 * @param amount the amount the platform holds, if it gave one
 * @param transactionId mã giao dịch of the platform, if any yet
 * @param bankCode mã ngân hàng the payer used, if any yet
 * @param startedAt when the attempt's INIT was made (ThoiGianGD of the answer), if given
 * @param message the platform's own text (MoTaLoi)
 */
public record PaymentStatus(
    PaymentReference reference,
    PaymentState state,
    Optional<Money> amount,
    Optional<String> transactionId,
    Optional<String> bankCode,
    Optional<Instant> startedAt,
    String message) {

  public PaymentStatus {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(bankCode, "bankCode");
    Objects.requireNonNull(startedAt, "startedAt");
    message = message == null ? "" : message;
  }
}
