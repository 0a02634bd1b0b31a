package vn.connector.payment.model;

import java.time.Instant;
import java.util.Objects;
import vn.connector.core.DossierCode;
import vn.connector.core.Money;

/** What the SDK made of one CONFIRM the platform pushed to the portal. */
public sealed interface ConfirmOutcome {

  /** Whether the answer told the platform {@code "00"} (received; stop repeating). */
  boolean acknowledged();

  /**
   * The payment is good and was applied now, for the first and only time: mark the dossier paid.
   * Also what {@link vn.connector.payment.PaymentListener} receives, from a CONFIRM or from
   * reconciliation.
   *
   * @param transactionId mã giao dịch of the platform
   * @param paidAt ThoiGianGD of the CONFIRM
   */
  record Applied(
      PaymentReference reference,
      DossierCode dossier,
      Money amount,
      String transactionId,
      String bankCode,
      Instant paidAt)
      implements ConfirmOutcome {
    public Applied {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(dossier, "dossier");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(transactionId, "transactionId");
      Objects.requireNonNull(bankCode, "bankCode");
      Objects.requireNonNull(paidAt, "paidAt");
    }

    @Override
    public boolean acknowledged() {
      return true;
    }
  }

  /** The platform repeated a CONFIRM that was already applied: acknowledged, nothing to do. */
  record AlreadyApplied(PaymentReference reference, String transactionId)
      implements ConfirmOutcome {
    @Override
    public boolean acknowledged() {
      return true;
    }
  }

  /** The platform reports that the payment did not go through (MaLoi other than 00). */
  record NotPaid(PaymentReference reference, String platformCode, String platformMessage)
      implements ConfirmOutcome {
    @Override
    public boolean acknowledged() {
      return true;
    }
  }

  /** The CONFIRM was refused with {@code "99"}: nothing was marked paid. */
  record Refused(RefusalReason reason, String detail) implements ConfirmOutcome {
    public Refused {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public boolean acknowledged() {
      return false;
    }
  }

  /** Why a CONFIRM was refused. */
  enum RefusalReason {
    /** Not JSON, or a required field missing or malformed. */
    MALFORMED,
    /** MaXacThuc does not match: not from the platform, or altered on the way. */
    BAD_CHECKSUM,
    /** Another partner's message (MaDoiTac differs). */
    WRONG_PARTNER,
    /** A MaThamChieu this portal never started. */
    UNKNOWN_REFERENCE,
    /** SoTien differs from what INIT asked. */
    AMOUNT_MISMATCH,
    /** The portal's own handler or its store failed; the platform will send the CONFIRM again. */
    NOT_APPLIED,
    /**
     * A copy of this CONFIRM is being applied right now and may yet fail; the platform will send it
     * again, and the repeat gets {@code "00"} once the first copy is applied.
     */
    IN_PROGRESS,
    /**
     * The portal's listener applied the payment but the store failed to record it: the platform
     * will send the CONFIRM again, and once the lease of the mark runs out the listener runs again
     * (see {@link vn.connector.payment.PaymentListener}: delivery is at-least-once in this case).
     */
    NOT_RECORDED
  }
}
