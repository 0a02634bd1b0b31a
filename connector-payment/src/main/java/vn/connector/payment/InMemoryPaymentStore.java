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

  private final ConcurrentMap<PaymentReference, PaymentAttempt> attempts =
      new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Mark> marks = new ConcurrentHashMap<>();

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
  public ApplyMark beginApplying(
      PaymentReference reference, String transactionId, Instant at, Instant staleBefore) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(staleBefore, "staleBefore");
    ApplyMark[] found = new ApplyMark[1];
    // compute runs atomically per key: the read of the old mark and the write of the new are one
    // step.
    marks.compute(
        key(reference, transactionId),
        (k, old) -> {
          if (old == null || (!old.applied() && old.since().isBefore(staleBefore))) {
            found[0] = ApplyMark.NEW;
            return new Mark(false, at);
          }
          found[0] = old.applied() ? ApplyMark.APPLIED : ApplyMark.APPLYING;
          return old;
        });
    return found[0];
  }

  @Override
  public void finishApplying(PaymentReference reference, String transactionId) {
    marks.computeIfPresent(key(reference, transactionId), (k, old) -> new Mark(true, old.since()));
  }

  @Override
  public void abandonApplying(PaymentReference reference, String transactionId) {
    marks.computeIfPresent(key(reference, transactionId), (k, old) -> old.applied() ? old : null);
  }

  private record Mark(boolean applied, Instant since) {}

  private static String key(PaymentReference reference, String transactionId) {
    // '|' cannot occur in a reference, so the key is unambiguous.
    return Objects.requireNonNull(reference, "reference").value()
        + "|"
        + Objects.requireNonNull(transactionId, "transactionId");
  }
}
