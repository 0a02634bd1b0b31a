package vn.connector.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.connector.payment.model.PaymentAttempt;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentState;

/**
 * Where the portal keeps its payment attempts and the CONFIRMs it applied. The client records an
 * attempt before INIT is sent (so a CONFIRM can always be matched to what was asked). Each payment
 * is applied under a mark keyed by (MaThamChieu, MaGiaoDich) that goes APPLYING, then APPLIED: the
 * atomic insert of APPLYING makes a repeated CONFIRM (or reconciliation) apply it once even when
 * copies arrive at the same moment, and a copy arriving while the first is still APPLYING is not
 * acknowledged, since the first may yet fail.
 *
 * <p>Implementations must be thread-safe. Two are provided: {@link #inMemory()} for tests and a
 * single node, and {@link #jdbc(DataSource)} for anything that must survive a restart or run on
 * more than one node.
 */
public interface PaymentStore {

  /**
   * Records a new attempt.
   *
   * @throws IllegalStateException if an attempt with the same reference exists
   */
  void saveAttempt(PaymentAttempt attempt);

  Optional<PaymentAttempt> attempt(PaymentReference reference);

  /** Sets the state of a recorded attempt; an unknown reference is ignored. */
  void updateState(PaymentReference reference, PaymentState state);

  /** Attempts still {@link PaymentState#PENDING}, oldest first. */
  List<PaymentAttempt> pendingAttempts();

  /**
   * Starts applying the payment ({@code reference}, {@code transactionId}): records the mark
   * APPLYING unless a mark is there; atomic, so of two callers at the same moment one gets {@link
   * ApplyMark#NEW}. A caller that gets {@code NEW} must end with {@link #finishApplying} or {@link
   * #abandonApplying}. An APPLYING mark recorded before {@code staleBefore} is taken over (its
   * holder is presumed to have died mid-way) and also answers {@code NEW}.
   *
   * @return what was there: nothing ({@code NEW}, now APPLYING), APPLYING or APPLIED
   */
  ApplyMark beginApplying(
      PaymentReference reference, String transactionId, Instant at, Instant staleBefore);

  /** Turns the APPLYING mark into APPLIED, once the portal applied the payment; atomic. */
  void finishApplying(PaymentReference reference, String transactionId);

  /**
   * Removes the mark if it is still APPLYING (never an APPLIED one), when the portal failed to
   * apply the payment, so that a repeat may apply it.
   */
  void abandonApplying(PaymentReference reference, String transactionId);

  /** Where one payment's application stands; see {@link #beginApplying}. */
  enum ApplyMark {
    /**
     * There was no mark (or a stale one): this caller recorded APPLYING and applies the payment.
     */
    NEW,
    /** Another caller is applying it right now; it may still fail, so it is not done yet. */
    APPLYING,
    /** Applied before: nothing to do. */
    APPLIED
  }

  /** A store in this JVM's memory: lost on restart, one node only. */
  static PaymentStore inMemory() {
    return new InMemoryPaymentStore();
  }

  /**
   * A store in a relational database through plain JDBC. Creates its two tables if absent (schema
   * in {@code vn/connector/payment/payment-store.sql}). It relies only on standard SQL types and on
   * a primary key for the insert-if-absent (no MERGE, no ON CONFLICT); tested with H2. On a
   * database without {@code BIGINT} (Oracle), create the tables yourself with {@code NUMBER(19)}.
   */
  static PaymentStore jdbc(DataSource dataSource) {
    return JdbcPaymentStore.create(dataSource);
  }
}
