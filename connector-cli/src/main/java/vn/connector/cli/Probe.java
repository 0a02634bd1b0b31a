package vn.connector.cli;

import java.net.URI;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import vn.connector.core.AnswerClassifier;
import vn.connector.core.Auth;
import vn.connector.core.Call;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.ConnectorException;
import vn.connector.core.ExchangeInterceptor;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.HttpTransport;
import vn.connector.core.RetryPolicy;

/**
 * The doctor's own requests, on the SDK's transport with the configuration's {@code http.*} and
 * {@code tls.*} settings: no auth, no retry, no audit. It keeps the last raw answer, whatever its
 * status, so that the clock check reads the {@code Date} of a 401 too and the token check can tell
 * a 404 page from a refusal of the credentials.
 */
final class Probe implements AutoCloseable {

  private final HttpTransport transport;
  private final AtomicReference<HttpResponse> last = new AtomicReference<>();
  private final String system;
  private final Clock clock;

  Probe(ConnectorConfig config, String system, Clock clock) {
    this.system = system;
    this.clock = clock;
    this.transport =
        config
            .transport()
            .auth(Auth.none())
            .retryPolicy(RetryPolicy.none())
            .auditListener(event -> {})
            .clock(clock)
            .dedicatedNetwork(config.flag(system + ".dedicatedNetwork", false))
            .interceptor(
                new ExchangeInterceptor() {
                  @Override
                  public HttpResponse afterReceive(
                      Call call, HttpRequest sent, HttpResponse response) {
                    last.set(response);
                    return response;
                  }
                })
            .build();
  }

  /** GET {@code url}; the answer whatever its status, or the exception when none came. */
  HttpResponse get(URI url) {
    return send(HttpRequest.get(url).build());
  }

  /** Sends {@code request}; returns the raw answer even when the transport refused it (401). */
  HttpResponse send(HttpRequest request) {
    last.set(null);
    Call call = Call.builder(system, "doctor").idempotent(true).build();
    try {
      return transport.call(call, request, AnswerClassifier.passThrough(), r -> r);
    } catch (ConnectorException e) {
      HttpResponse raw = last.get();
      if (raw != null) {
        return raw;
      }
      throw e;
    }
  }

  /** An {@link Auth.Support} whose requests go through this probe, for a token fetch. */
  Auth.Support support() {
    Call call = Call.builder(system, "token").idempotent(true).build();
    return new Auth.Support() {
      @Override
      public Clock clock() {
        return clock;
      }

      @Override
      public Call call() {
        return call;
      }

      @Override
      public HttpResponse send(HttpRequest request) {
        return Probe.this.send(request);
      }
    };
  }

  /** The last raw answer, if any came. */
  HttpResponse lastAnswer() {
    return last.get();
  }

  @Override
  public void close() {
    transport.close();
  }
}
