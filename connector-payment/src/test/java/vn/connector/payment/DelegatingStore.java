package vn.connector.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.connector.payment.model.PaymentAttempt;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentState;

/** A store that passes every call on; tests override what they make fail or count. */
class DelegatingStore implements PaymentStore {

  private final PaymentStore delegate;

  DelegatingStore(PaymentStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public void saveAttempt(PaymentAttempt attempt) {
    delegate.saveAttempt(attempt);
  }

  @Override
  public Optional<PaymentAttempt> attempt(PaymentReference reference) {
    return delegate.attempt(reference);
  }

  @Override
  public void updateState(PaymentReference reference, PaymentState state) {
    delegate.updateState(reference, state);
  }

  @Override
  public List<PaymentAttempt> pendingAttempts() {
    return delegate.pendingAttempts();
  }

  @Override
  public List<PaymentAttempt> attemptsToReconcile(Instant failedSince) {
    return delegate.attemptsToReconcile(failedSince);
  }

  @Override
  public ApplyMark beginApplying(
      PaymentReference reference, String transactionId, Instant at, Instant staleBefore) {
    return delegate.beginApplying(reference, transactionId, at, staleBefore);
  }

  @Override
  public boolean finishApplying(
      PaymentReference reference, String transactionId, Instant markedAt) {
    return delegate.finishApplying(reference, transactionId, markedAt);
  }

  @Override
  public boolean abandonApplying(
      PaymentReference reference, String transactionId, Instant markedAt) {
    return delegate.abandonApplying(reference, transactionId, markedAt);
  }

  @Override
  public boolean renewApplying(
      PaymentReference reference, String transactionId, Instant markedAt, Instant renewedAt) {
    return delegate.renewApplying(reference, transactionId, markedAt, renewedAt);
  }
}
