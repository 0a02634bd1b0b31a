package vn.connector.payment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.connector.core.ConnectorException;
import vn.connector.core.ServiceException;
import vn.connector.payment.internal.PlatformAnswers;
import vn.connector.payment.model.ConfirmOutcome;
import vn.connector.payment.model.PaymentAttempt;
import vn.connector.payment.model.PaymentState;
import vn.connector.payment.model.PaymentStatus;
import vn.connector.payment.model.ReconciliationReport;
import vn.connector.payment.model.ReconciliationReport.Entry;
import vn.connector.payment.model.ReconciliationReport.Result;

/**
 * QUERYs each pending attempt and sorts it into paid, pending, failed or amount mismatch; a paid
 * one is applied through the portal's {@link PaymentListener} exactly as a CONFIRM would be.
 */
final class Reconciler {

  private final PlatformCalls calls;
  private final PaymentStore store;
  private final Clock clock;
  private final PaymentApplier applier;

  Reconciler(PlatformCalls calls, PaymentStore store, Clock clock, PaymentListener listener) {
    this.calls = calls;
    this.store = store;
    this.clock = clock;
    this.applier = new PaymentApplier(store, clock, listener);
  }

  /** How long a failed attempt is still asked about: a payer may pay after a failed try. */
  static final java.time.Duration FAILED_RECHECK = java.time.Duration.ofDays(7);

  /** Every attempt gets an entry: one failing (store or platform) does not end the run. */
  ReconciliationReport run(List<PaymentAttempt> attempts) {
    List<Entry> entries = new ArrayList<>();
    for (PaymentAttempt attempt : attempts) {
      try {
        entries.add(check(attempt));
      } catch (RuntimeException e) {
        entries.add(
            new Entry(
                attempt,
                Result.UNKNOWN,
                Optional.empty(),
                "not settled: " + e.getClass().getSimpleName() + " (the store or the platform)"));
      }
    }
    return new ReconciliationReport(entries);
  }

  private Entry check(PaymentAttempt attempt) {
    PaymentStatus status;
    try {
      status = calls.query(attempt.reference());
    } catch (ServiceException e) {
      if (e.nationalCode().filter(PlatformAnswers.NOT_FOUND::equals).isPresent()) {
        store.updateState(attempt.reference(), PaymentState.FAILED);
        return new Entry(
            attempt,
            Result.FAILED,
            Optional.empty(),
            "the platform has no such attempt: INIT never arrived");
      }
      return new Entry(
          attempt, Result.UNKNOWN, Optional.empty(), "QUERY refused: " + e.getMessage());
    } catch (ConnectorException e) {
      return new Entry(
          attempt, Result.UNKNOWN, Optional.empty(), "QUERY failed: " + e.getMessage());
    }
    return verdict(attempt, status);
  }

  private Entry verdict(PaymentAttempt attempt, PaymentStatus status) {
    if (status.state() == PaymentState.PENDING) {
      return new Entry(attempt, Result.PENDING, Optional.of(status), "not paid yet");
    }
    if (status.state() == PaymentState.FAILED) {
      if (attempt.state() != PaymentState.FAILED) {
        store.updateState(attempt.reference(), PaymentState.FAILED);
      }
      return new Entry(
          attempt, Result.FAILED, Optional.of(status), "the platform reports it failed");
    }
    if (status.amount().filter(attempt.amount()::equals).isEmpty()) {
      return new Entry(
          attempt,
          Result.AMOUNT_MISMATCH,
          Optional.of(status),
          "paid "
              + status.amount().map(Object::toString).orElse("?")
              + " but INIT asked "
              + attempt.amount());
    }
    if (status.transactionId().isEmpty()) {
      // Without MaGiaoDich there is no key to apply it exactly once against its CONFIRM: leave it
      // pending.
      return new Entry(
          attempt,
          Result.PAID_NOT_APPLIED,
          Optional.of(status),
          "paid; QUERY gave no MaGiaoDich, await the CONFIRM");
    }
    ConfirmOutcome.Applied payment =
        new ConfirmOutcome.Applied(
            attempt.reference(),
            attempt.dossier(),
            attempt.amount(),
            status.transactionId().get(),
            status.bankCode().orElse(""),
            clock.instant());
    PaymentApplier.Result applied = applier.apply(payment);
    boolean done =
        applied == PaymentApplier.Result.APPLIED
            || applied == PaymentApplier.Result.ALREADY_APPLIED
            || applied == PaymentApplier.Result.IN_PROGRESS;
    return new Entry(
        attempt,
        done ? Result.PAID : Result.PAID_NOT_APPLIED,
        Optional.of(status),
        detail(applied));
  }

  private static String detail(PaymentApplier.Result result) {
    switch (result) {
      case APPLIED:
        return "paid; applied now (no CONFIRM had been applied)";
      case ALREADY_APPLIED:
        return "paid; already applied by a CONFIRM";
      case IN_PROGRESS:
        return "paid; a CONFIRM is applying it right now";
      case APPLIED_NOT_RECORDED:
        return "paid; applied now, but the store could not record it: the listener may run again";
      default:
        return "paid; the portal's listener failed, left for the next CONFIRM or reconciliation";
    }
  }
}
