package vn.connector.payment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.connector.payment.model.PaymentAttempt;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentState;

final class InMemoryPaymentStore implements PaymentStore {

  private final ConcurrentMap<PaymentReference, PaymentAttempt> attempts = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Instant> applied = new ConcurrentHashMap<>();

  @Override
  public void saveAttempt(PaymentAttempt attempt) {
    Objects.requireNonNull(attempt, "attempt");
    if (attempts.putIfAbsent(attempt.reference(), attempt) != null) {
      throw new IllegalStateException("reference: an attempt " + attempt.reference() + " exists");
    }
  }

  @Override
  public Optional<PaymentAttempt> attempt(PaymentReference reference) {
    return Optional.ofNullable(attempts.get(Objects.requireNonNull(reference, "reference")));
  }

  @Override
  public void updateState(PaymentReference reference, PaymentState state) {
    Objects.requireNonNull(state, "state");
    attempts.computeIfPresent(reference, (r, a) -> a.withState(state));
  }

  @Override
  public List<PaymentAttempt> pendingAttempts() {
    return attempts.values().stream()
        .filter(a -> a.state() == PaymentState.PENDING)
        .sorted(Comparator.comparing(PaymentAttempt::startedAt))
        .toList();
  }

  @Override
  public boolean markApplied(PaymentReference reference, String transactionId, Instant at) {
    return applied.putIfAbsent(key(reference, transactionId), Objects.requireNonNull(at, "at")) == null;
  }

  @Override
  public void unmarkApplied(PaymentReference reference, String transactionId) {
    applied.remove(key(reference, transactionId));
  }

  private static String key(PaymentReference reference, String transactionId) {
    // '|' cannot occur in a reference, so the key is unambiguous.
    return Objects.requireNonNull(reference, "reference").value()
        + "|"
        + Objects.requireNonNull(transactionId, "transactionId");
  }
}
