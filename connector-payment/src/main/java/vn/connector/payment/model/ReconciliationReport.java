package vn.connector.payment.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Đối soát: what the platform says about each attempt that was still pending on the portal's side.
 *
 * @param entries one per attempt queried
 */
public record ReconciliationReport(List<Entry> entries) {

  public ReconciliationReport {
    entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
  }

  /** The entries with {@code result}. */
  public List<Entry> withResult(Result result) {
    return entries.stream().filter(e -> e.result() == result).toList();
  }

  /** The verdict on one attempt. */
  public enum Result {
    /** Paid, and applied in the portal (now or before). */
    PAID,
    /**
     * Paid at the platform, but the portal's listener failed or its application is not recorded:
     * the next CONFIRM or reconciliation applies it.
     */
    PAID_NOT_APPLIED,
    PENDING,
    FAILED,
    /** The platform holds another amount than INIT asked: investigate, do not mark paid. */
    AMOUNT_MISMATCH,
    /**
     * The platform could not be asked (unreachable, or refused the QUERY), or the store failed for
     * this attempt: try again later.
     */
    UNKNOWN
  }

  /**
   * @param attempt the attempt as the portal recorded it
   * @param result the verdict
   * @param status the platform's answer, absent when it could not be had
   * @param detail a short explanation
   */
  public record Entry(
      PaymentAttempt attempt, Result result, Optional<PaymentStatus> status, String detail) {
    public Entry {
      Objects.requireNonNull(attempt, "attempt");
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
