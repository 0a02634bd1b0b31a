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
   * What {@link PaymentClient#reconcile()} asks the platform about, oldest first: every pending
   * attempt, and the {@link PaymentState#FAILED} ones started at or after {@code failedSince} (a
   * payer may pay after a failed try, and a CONFIRM may be lost). The default, for stores written
   * before this method, gives the pending ones only.
   */
  default List<PaymentAttempt> attemptsToReconcile(Instant failedSince) {
    return pendingAttempts();
  }

  /**
   * Starts applying the payment ({@code reference}, {@code transactionId}): records the mark
   * APPLYING at {@code at} unless a mark is there; atomic, so of two callers at the same moment one
   * gets {@link ApplyMark#NEW}. A caller that gets {@code NEW} holds the mark and must end with
   * {@link #finishApplying} or {@link #abandonApplying}, passing the same {@code at}: that instant
   * (to the millisecond) is its lease token. An APPLYING mark recorded before {@code staleBefore}
   * is taken over (its holder is presumed to have died mid-way) and also answers {@code NEW}; the
   * mark then carries the new holder's {@code at}, so the old holder, should it come back, can no
   * longer end it. A takeover always writes a later instant than the one it replaces; the tokens of
   * two holders differ as long as the nodes' clocks agree to within the lease.
   *
   * @return what was there: nothing ({@code NEW}, now APPLYING), APPLYING or APPLIED
   */
  ApplyMark beginApplying(
      PaymentReference reference, String transactionId, Instant at, Instant staleBefore);

  /**
   * Turns the APPLYING mark into APPLIED, once the portal applied the payment; atomic. Acts only on
   * the mark of the holder whose {@link #beginApplying} was given {@code markedAt}.
   *
   * @return false if the mark was no longer this holder's (taken over, or absent)
   */
  boolean finishApplying(PaymentReference reference, String transactionId, Instant markedAt);

  /**
   * Removes the mark if it is still APPLYING (never an APPLIED one) and still this holder's (the
   * {@code markedAt} given to {@link #beginApplying}), when the portal failed to apply the payment,
   * so that a repeat may apply it.
   *
   * @return false if the mark was no longer this holder's (taken over, applied, or absent)
   */
  boolean abandonApplying(PaymentReference reference, String transactionId, Instant markedAt);

  /**
   * Extends the lease of this holder's APPLYING mark while the portal's listener runs: the mark
   * then carries {@code renewedAt} (later than {@code markedAt}), which is from then on this
   * holder's token for {@link #finishApplying}, {@link #abandonApplying} and the next renewal. A
   * mark renewed within the lease is not taken over. The default, for stores written before this
   * method, renews nothing (returns false): a listener running longer than the lease may then see
   * the payment applied twice.
   *
   * @return false if the mark was not renewed (no longer this holder's, or not supported)
   */
  default boolean renewApplying(
      PaymentReference reference, String transactionId, Instant markedAt, Instant renewedAt) {
    return false;
  }

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
   * A store in PostgreSQL or H2 through plain JDBC, on connector-outbox's database layer (tested on
   * both, also through a pool that does not auto-commit). Creates each of its two tables if absent
   * (schemas in {@code vn/connector/payment/payment-store-postgresql.sql} and {@code -h2.sql};
   * {@code payment-store.sql} documents them for other databases), checked through the connection's
   * metadata so no failing probe poisons a transaction the data source joins; refuses, naming the
   * migration, a {@code payment_confirmation} table left by an earlier version. Each write commits
   * in a transaction of its own. A MaGiaoDich longer than the key column (100) is kept as its
   * SHA-256.
   */
  static PaymentStore jdbc(DataSource dataSource) {
    return JdbcPaymentStore.create(dataSource);
  }
}
