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
 * attempt before INIT is sent (so a CONFIRM can always be matched to what was asked) and the
 * callback handler records each applied CONFIRM with an atomic insert-if-absent, which is what
 * makes a repeated CONFIRM apply once even when two copies arrive at the same moment.
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
   * Records that the CONFIRM of ({@code reference}, {@code transactionId}) is applied, if it was
   * not already; atomic.
   *
   * @return true when this call recorded it, false when it was already recorded
   */
  boolean markApplied(PaymentReference reference, String transactionId, Instant at);

  /** Forgets an applied mark, when the portal failed to apply it, so a repeat may apply it. */
  void unmarkApplied(PaymentReference reference, String transactionId);

  /** A store in this JVM's memory: lost on restart, one node only. */
  static PaymentStore inMemory() {
    return new InMemoryPaymentStore();
  }

  /**
   * A store in a relational database through plain JDBC. Creates its two tables if absent (schema
   * in {@code vn/connector/payment/payment-store.sql}). It relies only on standard SQL types and
   * on a primary key for the insert-if-absent (no MERGE, no ON CONFLICT); tested with H2. On a
   * database without {@code BIGINT} (Oracle), create the tables yourself with {@code NUMBER(19)}.
   */
  static PaymentStore jdbc(DataSource dataSource) {
    return JdbcPaymentStore.create(dataSource);
  }
}
