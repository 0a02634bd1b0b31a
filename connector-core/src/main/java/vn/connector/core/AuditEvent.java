package vn.connector.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One call to a national system, as the audit trail records it: who (the call context), what
 * (system and operation), when, how it ended and how long it took. It carries no personal data: no
 * identifiers, names or answers.
 *
 * @param at when the call started
 * @param system the national system
 * @param operation the operation
 * @param requestId the request id sent (the same on every attempt)
 * @param context the call context, or null for calls that read no personal data
 * @param outcome how the call ended
 * @param duration the whole call, retries included
 * @param attempts how many times the request was sent
 * @param detail the national code or the exception type on failure, or null
 */
public record AuditEvent(
    Instant at,
    String system,
    String operation,
    String requestId,
    CallContext context,
    Outcome outcome,
    Duration duration,
    int attempts,
    String detail) {

  /** How a call ended. */
  public enum Outcome {
    SUCCESS,
    SERVICE_REFUSED,
    TRANSPORT_FAILED,
    RESPONSE_INVALID,
    SIGNATURE_INVALID,
    FAILED
  }

  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(duration, "duration");
  }

  public Optional<CallContext> callContext() {
    return Optional.ofNullable(context);
  }

  /** The context's officer id masked, and any identifier quoted in the detail masked. */
  @Override
  public String toString() {
    return "AuditEvent[at="
        + at
        + ", system="
        + system
        + ", operation="
        + operation
        + ", requestId="
        + requestId
        + ", context="
        + context
        + ", outcome="
        + outcome
        + ", duration="
        + duration
        + ", attempts="
        + attempts
        + ", detail="
        + Masking.identifiersIn(detail)
        + "]";
  }
}
