package vn.connector.core;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.connector.core.internal.ApacheClient;
import vn.connector.core.internal.Hints;
import vn.connector.core.internal.Retries;
import vn.connector.core.internal.TokenFetchNotice;

/**
 * The attempts of one call on an {@link HttpTransport}: auth, interceptors, sending, the retry
 * rules of {@link RetryPolicy}, the verdict of the answer table, and the audit event.
 */
final class Exchange implements Auth.Support, TokenFetchNotice {

  private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

  private final HttpTransport.Builder settings;
  private final ApacheClient client;
  private final Call call;
  private final AnswerClassifier classifier;
  private final CallBudget budget;
  private final ObservedCall observed;
  private int attempts;
  private int status;
  private int renewals;
  private boolean refreshed;
  private boolean renewed;
  private String detail;

  Exchange(
      HttpTransport.Builder settings, ApacheClient client, Call call, AnswerClassifier classifier) {
    this.settings = settings;
    this.client = client;
    this.call = call;
    this.classifier = classifier;
    this.budget = new CallBudget(settings.clock, settings.retryPolicy);
    this.observed = ObservedCall.start(settings.observer, call);
  }

  Answer run(HttpRequest request) {
    while (true) {
      attempts++;
      status = 0;
      observed.attemptStarted(attempts);
      Answer answer;
      try {
        answer = attempt(request);
      } catch (RuntimeException | Error e) {
        observed.attemptEnded(status, CallAudit.outcome(e), null);
        throw e;
      }
      if (answer != null) {
        observed.attemptEnded(status, AuditEvent.Outcome.SUCCESS, null);
        return answer;
      }
    }
  }

  /** One attempt: the answer for the handler, or null after deciding to send again. */
  private Answer attempt(HttpRequest request) {
    HttpRequest sent;
    try {
      sent = prepare(request);
    } catch (TransportException e) {
      // The token endpoint failed before the request left: safe to try again, whatever the call.
      onFailureBeforeSending(e);
      return null;
    }
    HttpResponse response;
    try {
      response = client.send(sent, budget.timeLeft());
    } catch (ApacheClient.UnreadableAnswerException e) {
      throw new ResponseException(call, e.getMessage(), null, e);
    } catch (IOException e) {
      onTransportFailure(e);
      return null;
    }
    status = response.status();
    response = afterReceive(sent, response);
    LOG.debug(
        "{}/{} [{}] attempt {}: HTTP {}",
        call.system(),
        call.operation(),
        call.requestId(),
        attempts,
        response.status());
    return judge(sent, response);
  }

  /** The answer for the handler, or null to send again; throws when the call ends here. */
  private Answer judge(HttpRequest sent, HttpResponse response) {
    int status = response.status();
    if (status == 401 && !refreshed && settings.auth.refresh(sent)) {
      refreshed = true;
      renewals++;
      retrying(CallObserver.RetryReason.AUTH_RENEWAL);
      return null;
    }
    if (status == 401 || status == 403) {
      throw refusal(response, null, false, Hints.forStatus(status));
    }
    if (Retries.isRetryableStatus(status)) {
      boolean safe = call.idempotent() || Retries.provesNotProcessed(status);
      retryOrEnd(response, safe, null, Hints.forStatus(status), CallObserver.RetryReason.STATUS);
      return null;
    }
    Verdict verdict = classify(response);
    switch (verdict.kind()) {
      case OK:
      case ALREADY_DONE:
        return new Answer(response, verdict);
      case RENEW_AUTH:
        if (!renewed && settings.auth.refresh(sent)) {
          renewed = true;
          renewals++;
          retrying(CallObserver.RetryReason.AUTH_RENEWAL);
          return null;
        }
        throw refusal(response, verdict, false, verdict.hint().orElse(Hints.SESSION_REFUSED));
      case RETRY:
        boolean safe = call.idempotent() || verdict.provesNotProcessed();
        retryOrEnd(
            response, safe, verdict, verdict.hint().orElse(null), CallObserver.RetryReason.VERDICT);
        return null;
      default:
        throw refusal(response, verdict, false, verdict.hint().orElse(null));
    }
  }

  private Verdict classify(HttpResponse response) {
    try {
      Verdict v = classifier.classify(response);
      if (v == null) {
        throw new IllegalStateException("the answer classifier returned null");
      }
      return v;
    } catch (RuntimeException e) {
      throw new ResponseException(
          call,
          "cannot classify the answer: " + e.getClass().getSimpleName(),
          response.status(),
          e);
    }
  }

  private void retryOrEnd(
      HttpResponse response,
      boolean safe,
      Verdict verdict,
      ErrorHint hint,
      CallObserver.RetryReason reason) {
    RetryPolicy policy = settings.retryPolicy;
    Duration wait =
        Retries.retryAfter(response, settings.clock.instant()).orElse(policy.backoff(counted()));
    if (wait.compareTo(policy.maxRetryAfter()) > 0) {
      throw refusal(response, verdict, true, Hints.retryAfterTooLong(wait, policy.maxRetryAfter()));
    }
    if (!safe || !budget.mayRetry(counted(), wait)) {
      throw refusal(response, verdict, true, hint);
    }
    retrying(reason);
    pause(wait);
  }

  private HttpRequest prepare(HttpRequest request) {
    // The request id goes on the wire on every call, so that the national log and ours meet.
    HttpRequest out =
        request.header("X-Request-Id").isPresent()
            ? request
            : request.withHeader("X-Request-Id", call.requestId());
    out = settings.auth.apply(out, this);
    for (ExchangeInterceptor i : settings.interceptors) {
      out = i.beforeSend(call, out);
    }
    return out;
  }

  private HttpResponse afterReceive(HttpRequest sent, HttpResponse response) {
    HttpResponse out = response;
    try {
      for (int i = settings.interceptors.size() - 1; i >= 0; i--) {
        out = settings.interceptors.get(i).afterReceive(call, sent, out);
      }
    } catch (SignatureException e) {
      observed.event(CallObserver.Event.SIGNATURE_FAILED);
      throw e;
    }
    return out;
  }

  private void onFailureBeforeSending(TransportException e) {
    Duration wait = settings.retryPolicy.backoff(counted());
    if (!e.isRetryable() || !budget.mayRetry(counted(), wait)) {
      throw e;
    }
    retrying(CallObserver.RetryReason.TOKEN_ENDPOINT);
    pause(wait);
  }

  private void onTransportFailure(IOException e) {
    boolean retryable = Retries.isRetryable(e);
    String what = Retries.isTimeout(e) ? "timed out" : "could not reach the service";
    LOG.debug(
        "{}/{} [{}] attempt {}: {} ({})",
        call.system(),
        call.operation(),
        call.requestId(),
        attempts,
        what,
        e.toString());
    boolean safe = call.idempotent() || Retries.neverSent(e);
    Duration wait = settings.retryPolicy.backoff(counted());
    if (!retryable || !safe || !budget.mayRetry(counted(), wait)) {
      throw new TransportException(
          call,
          what + " after " + attempts + " attempt(s): " + e.getClass().getSimpleName(),
          retryable && !budget.expired(),
          e);
    }
    retrying(
        Retries.isTimeout(e)
            ? CallObserver.RetryReason.TIMEOUT
            : CallObserver.RetryReason.TRANSPORT);
    pause(wait);
  }

  /** Attempts that count against maxAttempts: a resend with renewed credentials does not. */
  private int counted() {
    return attempts - renewals;
  }

  private ServiceException refusal(
      HttpResponse response, Verdict verdict, boolean retryable, ErrorHint hint) {
    String code = verdict == null ? null : verdict.code().orElse(null);
    String text = verdict == null ? Hints.excerpt(response) : verdict.text().orElse(null);
    return new ServiceException(call, response.status(), code, text, retryable, hint);
  }

  /** Ends the attempt as one followed by another, before the wait, which is no part of it. */
  private void retrying(CallObserver.RetryReason reason) {
    observed.retrying(status, reason);
  }

  private void pause(Duration wait) {
    try {
      settings.sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(call, "interrupted while waiting to retry", true, e);
    }
  }

  void detail(String detail) {
    this.detail = detail;
  }

  String detail() {
    return detail;
  }

  void audit(AuditEvent.Outcome outcome, String eventDetail) {
    AuditEvent event =
        CallAudit.emit(settings, call, budget.start(), attempts, outcome, eventDetail);
    observed.callEnded(event);
  }

  void event(CallObserver.Event event) {
    observed.event(event);
  }

  @Override
  public void tokenFetched(boolean succeeded) {
    observed.event(
        succeeded ? CallObserver.Event.TOKEN_FETCHED : CallObserver.Event.TOKEN_FETCH_FAILED);
  }

  @Override
  public Clock clock() {
    return settings.clock;
  }

  @Override
  public Call call() {
    return call;
  }

  @Override
  public Duration timeLeft() {
    return budget.timeLeft();
  }

  @Override
  public HttpResponse send(HttpRequest request) {
    try {
      return client.send(request, budget.timeLeft());
    } catch (IOException e) {
      throw new TransportException(
          call,
          "could not reach the token endpoint: " + e.getClass().getSimpleName(),
          Retries.isRetryable(e),
          e);
    }
  }
}
