package vn.connector.core;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one audit event of a call, cache hits included: the only code that emits one. */
final class CallAudit {

  private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

  private CallAudit() {}

  /** The audit outcome of a call that ended with {@code failure}. */
  static AuditEvent.Outcome outcome(Throwable failure) {
    if (failure instanceof SignatureException) {
      return AuditEvent.Outcome.SIGNATURE_INVALID;
    }
    if (failure instanceof ResponseException) {
      return AuditEvent.Outcome.RESPONSE_INVALID;
    }
    if (failure instanceof TransportException) {
      return AuditEvent.Outcome.TRANSPORT_FAILED;
    }
    if (failure instanceof ConnectorException) {
      return AuditEvent.Outcome.SERVICE_REFUSED;
    }
    return AuditEvent.Outcome.FAILED;
  }

  static AuditEvent emit(
      HttpTransport.Builder settings,
      Call call,
      Instant start,
      int attempts,
      AuditEvent.Outcome outcome,
      String detail) {
    Instant now = settings.clock.instant();
    AuditEvent event =
        new AuditEvent(
            start,
            call.system(),
            call.operation(),
            call.requestId(),
            call.context(),
            outcome,
            Duration.between(start, now),
            attempts,
            detail);
    try {
      settings.auditListener.onEvent(event);
    } catch (RuntimeException e) {
      // An audit sink failing must not turn a good answer into an error; it must be seen, though.
      LOG.error(
          "audit listener failed for {}/{} [{}]",
          call.system(),
          call.operation(),
          call.requestId(),
          e);
    }
    return event;
  }
}
