package vn.connector.payment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;
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
  public List<PaymentAttempt> attemptsToReconcile(Instant failedSince) {
    Objects.requireNonNull(failedSince, "failedSince");
    return attempts.values().stream()
        .filter(
            a ->
                a.state() == PaymentState.PENDING
                    || (a.state() == PaymentState.FAILED && !a.startedAt().isBefore(failedSince)))
        .sorted(Comparator.comparing(PaymentAttempt::startedAt))
        .toList();
  }

  @Override
  public boolean renewApplying(
      PaymentReference reference, String transactionId, Instant markedAt, Instant renewedAt) {
    Objects.requireNonNull(renewedAt, "renewedAt");
    return end(reference, transactionId, markedAt, old -> new Mark(false, renewedAt));
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
  public boolean finishApplying(
      PaymentReference reference, String transactionId, Instant markedAt) {
    return end(reference, transactionId, markedAt, old -> new Mark(true, old.since()));
  }

  @Override
  public boolean abandonApplying(
      PaymentReference reference, String transactionId, Instant markedAt) {
    return end(reference, transactionId, markedAt, old -> null);
  }

  /** Replaces the mark by {@code next} only if it is APPLYING and held by {@code markedAt}. */
  private boolean end(
      PaymentReference reference,
      String transactionId,
      Instant markedAt,
      UnaryOperator<Mark> next) {
    long token = Objects.requireNonNull(markedAt, "markedAt").toEpochMilli();
    boolean[] held = new boolean[1];
    marks.computeIfPresent(
        key(reference, transactionId),
        (k, old) -> {
          // Milliseconds, as the JDBC store keeps them, so both stores agree on who holds a mark.
          held[0] = !old.applied() && old.since().toEpochMilli() == token;
          return held[0] ? next.apply(old) : old;
        });
    return held[0];
  }

  private record Mark(boolean applied, Instant since) {}

  private static String key(PaymentReference reference, String transactionId) {
    // '|' cannot occur in a reference, so the key is unambiguous.
    return Objects.requireNonNull(reference, "reference").value()
        + "|"
        + Objects.requireNonNull(transactionId, "transactionId");
  }
}
