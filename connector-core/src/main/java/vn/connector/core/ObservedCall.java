package vn.connector.core;

import java.util.Optional;

/**
 * The observation of one call as the transport drives it: at most one attempt open at a time, and
 * each ended exactly once. The observer it is given keeps failures apart ({@link
 * CombinedObserver}).
 */
final class ObservedCall {

  private final CallObserver.Observation observation;
  private CallObserver.AttemptObservation attempt;
  private int number;

  private ObservedCall(CallObserver.Observation observation) {
    this.observation = observation;
  }

  static ObservedCall start(CallObserver observer, Call call) {
    return new ObservedCall(observer.callStarted(call));
  }

  void attemptStarted(int attemptNumber) {
    attemptEnded(0, AuditEvent.Outcome.FAILED, null);
    number = attemptNumber;
    attempt = observation.attemptStarted(attemptNumber);
  }

  /** Ends the open attempt, if any; a second end of the same attempt is ignored. */
  void attemptEnded(int status, AuditEvent.Outcome outcome, CallObserver.RetryReason retry) {
    CallObserver.AttemptObservation open = attempt;
    if (open == null) {
      return;
    }
    attempt = null;
    if (open == CallObserver.AttemptObservation.NONE) {
      return; // no observer: no record to build on the hot path
    }
    open.attemptEnded(
        new CallObserver.Attempt(number, status, outcome, Optional.ofNullable(retry)));
  }

  /** Ends the open attempt as one that the call follows with another, for {@code reason}. */
  void retrying(int status, CallObserver.RetryReason reason) {
    AuditEvent.Outcome outcome =
        switch (reason) {
          case TRANSPORT, TIMEOUT, TOKEN_ENDPOINT -> AuditEvent.Outcome.TRANSPORT_FAILED;
          case STATUS, VERDICT, AUTH_RENEWAL -> AuditEvent.Outcome.SERVICE_REFUSED;
        };
    attemptEnded(status, outcome, reason);
  }

  void event(CallObserver.Event event) {
    observation.event(event);
  }

  void callEnded(AuditEvent event) {
    observation.callEnded(event);
  }
}
