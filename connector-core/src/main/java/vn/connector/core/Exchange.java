package vn.connector.core;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.connector.core.internal.ApacheClient;
import vn.connector.core.internal.Hints;
import vn.connector.core.internal.Retries;

/**
 * The attempts of one call on an {@link HttpTransport}: auth, interceptors, sending, the retry
 * rules of {@link RetryPolicy}, and the audit event.
 */
final class Exchange implements Auth.Support {

  private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

  private final HttpTransport.Builder settings;
  private final ApacheClient client;
  private final Call call;
  private final Instant start;
  private int attempts;
  private boolean refreshed;

  Exchange(HttpTransport.Builder settings, ApacheClient client, Call call) {
    this.settings = settings;
    this.client = client;
    this.call = call;
    this.start = settings.clock.instant();
  }

  HttpResponse run(HttpRequest request) {
    RetryPolicy policy = settings.retryPolicy;
    while (true) {
      attempts++;
      HttpRequest sent = prepare(request);
      HttpResponse response;
      try {
        response = client.send(sent);
      } catch (ApacheClient.AnswerTooLargeException e) {
        throw new ResponseException(call, e.getMessage(), null, e);
      } catch (IOException e) {
        onTransportFailure(e);
        continue;
      }
      response = afterReceive(sent, response);
      int status = response.status();
      LOG.debug(
          "{}/{} [{}] attempt {}: HTTP {}",
          call.system(),
          call.operation(),
          call.requestId(),
          attempts,
          status);
      if (status == 401 && !refreshed && settings.auth.refresh(sent)) {
        refreshed = true;
        attempts--;
        continue;
      }
      if (status == 401 || status == 403) {
        throw refusal(response, false, Hints.forStatus(status));
      }
      if (!Retries.isRetryableStatus(status)) {
        return response;
      }
      if (!call.idempotent() && !Retries.provesNotProcessed(status)) {
        throw refusal(response, true, Hints.forStatus(status));
      }
      Duration wait =
          Retries.retryAfter(response, settings.clock.instant()).orElse(policy.backoff(attempts));
      if (wait.compareTo(policy.maxRetryAfter()) > 0) {
        throw refusal(response, true, Hints.retryAfterTooLong(wait, policy.maxRetryAfter()));
      }
      if (!mayRetry(wait)) {
        throw refusal(response, true, Hints.forStatus(status));
      }
      pause(wait);
    }
  }

  private HttpRequest prepare(HttpRequest request) {
    HttpRequest out = settings.auth.apply(request, this);
    for (ExchangeInterceptor i : settings.interceptors) {
      out = i.beforeSend(call, out);
    }
    return out;
  }

  private HttpResponse afterReceive(HttpRequest sent, HttpResponse response) {
    HttpResponse out = response;
    for (int i = settings.interceptors.size() - 1; i >= 0; i--) {
      out = settings.interceptors.get(i).afterReceive(call, sent, out);
    }
    return out;
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
    Duration wait = settings.retryPolicy.backoff(attempts);
    if (!retryable || !safe || !mayRetry(wait)) {
      throw new TransportException(
          call,
          what + " after " + attempts + " attempt(s): " + e.getClass().getSimpleName(),
          retryable,
          e);
    }
    pause(wait);
  }

  private boolean mayRetry(Duration wait) {
    Instant end = start.plus(settings.retryPolicy.deadline());
    return attempts < settings.retryPolicy.maxAttempts()
        && !settings.clock.instant().plus(wait).isAfter(end);
  }

  private ServiceException refusal(HttpResponse response, boolean retryable, ErrorHint hint) {
    return new ServiceException(
        call, response.status(), null, Hints.excerpt(response), retryable, hint);
  }

  private void pause(Duration wait) {
    try {
      settings.sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(call, "interrupted while waiting to retry", true, e);
    }
  }

  void audit(AuditEvent.Outcome outcome, String detail) {
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
  public HttpResponse send(HttpRequest request) {
    try {
      return client.send(request);
    } catch (IOException e) {
      throw new TransportException(
          call,
          "could not reach the token endpoint: " + e.getClass().getSimpleName(),
          Retries.isRetryable(e),
          e);
    }
  }
}
