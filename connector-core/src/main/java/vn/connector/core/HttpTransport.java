package vn.connector.core;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.connector.core.internal.ApacheClient;

/**
 * The HTTP transport every connector stands on, and the one vendors build adapters for other
 * ministries on: Apache HttpClient 5 with one pooled connection manager, TLS against explicit trust
 * anchors, pluggable auth, retries with a stable request id, interceptors (signatures, evidence)
 * and one audit event per call. Immutable and thread-safe: build one per national endpoint and
 * share it.
 *
 * <pre>{@code
 * HttpTransport transport = HttpTransport.builder()
 *     .auth(Auth.oauth2ClientCredentials(tokenUri, "key", Secret.of(secret)))
 *     .tls(TlsSettings.builder().trustAnchorsPem(Path.of("national-ca.pem")).build())
 *     .build();
 * Call call = Call.builder("civil-registry", "findBirth").context(context).idempotent(true).build();
 * String body = transport.call(call, HttpRequest.get(uri).build(), HttpResponse::bodyAsString);
 * }</pre>
 *
 * <p>What {@link #call} does: applies auth, then the interceptors, and sends; retries under the
 * {@link RetryPolicy}; on a 401 refreshes token credentials once and resends; ends the call with a
 * {@link ServiceException} on 401/403 or when retryable statuses persist, a {@link
 * TransportException} when the service cannot be reached; hands every other response (2xx, 404, a
 * SOAP fault's 500, ...) to the handler.
 */
public final class HttpTransport implements AutoCloseable {

  private final Builder settings;
  private final ApacheClient client;

  private HttpTransport(Builder b) {
    this.settings = b.copy();
    this.client = new ApacheClient(b.tls, b.connectTimeout, b.responseTimeout, b.maxConnections);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this transport's settings, to derive another transport. */
  public Builder newBuilder() {
    return settings.copy();
  }

  /**
   * Sends {@code request} for {@code call}, with auth, interceptors and retries, and hands the
   * final response to {@code handler}. Emits exactly one audit event.
   */
  public <T> T call(Call call, HttpRequest request, ResponseHandler<T> handler) {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(handler, "handler");
    Exchange exchange = new Exchange(settings, client, call);
    try {
      HttpResponse response = exchange.run(request);
      T result = handle(call, response, handler);
      exchange.audit(AuditEvent.Outcome.SUCCESS, null);
      return result;
    } catch (ConnectorException e) {
      exchange.audit(outcome(e), e.nationalCode().orElse(e.getClass().getSimpleName()));
      throw e;
    } catch (RuntimeException e) {
      exchange.audit(AuditEvent.Outcome.FAILED, e.getClass().getSimpleName());
      throw e;
    }
  }

  private static <T> T handle(Call call, HttpResponse response, ResponseHandler<T> handler) {
    try {
      return handler.handle(response);
    } catch (ConnectorException | IllegalArgumentException | NullPointerException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ResponseException(
          call, "cannot read the answer: " + e.getClass().getSimpleName(), response.status(), e);
    }
  }

  private static AuditEvent.Outcome outcome(ConnectorException e) {
    if (e instanceof SignatureException) {
      return AuditEvent.Outcome.SIGNATURE_INVALID;
    }
    if (e instanceof ResponseException) {
      return AuditEvent.Outcome.RESPONSE_INVALID;
    }
    if (e instanceof TransportException) {
      return AuditEvent.Outcome.TRANSPORT_FAILED;
    }
    return AuditEvent.Outcome.SERVICE_REFUSED;
  }

  /** Connections open in the pool, for tests and metrics. */
  public int openConnections() {
    return client.openConnections();
  }

  @Override
  public void close() {
    client.close();
  }

  /** Builds an {@link HttpTransport}. Every setting has a documented default. */
  public static final class Builder {
    Duration connectTimeout = Duration.ofSeconds(5);
    Duration responseTimeout = Duration.ofSeconds(30);
    int maxConnections = 20;
    TlsSettings tls;
    Auth auth = Auth.none();
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    AuditListener auditListener = AuditListener.slf4j();
    Clock clock = Clock.systemUTC();
    Sleeper sleeper = Sleeper.system();
    List<ExchangeInterceptor> interceptors = new ArrayList<>();

    private Builder() {}

    /**
     * Time to establish a connection (default 5 s). Raise it for gateways reached over slow
     * dedicated lines.
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Time to wait for an answer (default 30 s). C06 lookups answer within seconds; raise it for
     * batch operations that answer slowly.
     */
    public Builder responseTimeout(Duration timeout) {
      this.responseTimeout = positive(timeout, "responseTimeout");
      return this;
    }

    /**
     * Pooled connections, in all and to the endpoint (default 20). Set it to the concurrency you
     * call with: HttpClient's own per-route default of 2 would queue the rest.
     */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1 || maxConnections > 1000) {
        throw new IllegalArgumentException("maxConnections: must be 1-1000, was " + maxConnections);
      }
      this.maxConnections = maxConnections;
      return this;
    }

    /**
     * TLS trust anchors and client certificate. Without it only plain HTTP works: HTTPS is refused
     * rather than trusting the JVM's store behind your back (security.md); use {@link
     * TlsSettings#jvmDefault()} for endpoints with public certificates.
     */
    public Builder tls(TlsSettings tls) {
      this.tls = Objects.requireNonNull(tls, "tls");
      return this;
    }

    /** How calls authenticate (default {@link Auth#none()}). */
    public Builder auth(Auth auth) {
      this.auth = Objects.requireNonNull(auth, "auth");
      return this;
    }

    /** When calls are retried (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** Where audit events go (default {@link AuditListener#slf4j()}). */
    public Builder auditListener(AuditListener auditListener) {
      this.auditListener = Objects.requireNonNull(auditListener, "auditListener");
      return this;
    }

    /** The clock for timestamps, token expiry and deadlines (default UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How retries wait (default {@link Sleeper#system()}); tests inject one that does not wait. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Adds an interceptor (signatures, evidence, custom headers); repeatable, applied in order. */
    public Builder interceptor(ExchangeInterceptor interceptor) {
      this.interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    public HttpTransport build() {
      return new HttpTransport(this);
    }

    /**
     * An independent copy of this builder, so that a connector given a user's builder can add its
     * own settings without changing the user's.
     */
    public Builder copy() {
      Builder b = new Builder();
      b.connectTimeout = connectTimeout;
      b.responseTimeout = responseTimeout;
      b.maxConnections = maxConnections;
      b.tls = tls;
      b.auth = auth;
      b.retryPolicy = retryPolicy;
      b.auditListener = auditListener;
      b.clock = clock;
      b.sleeper = sleeper;
      b.interceptors = new ArrayList<>(interceptors);
      return b;
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + ": must be positive, was " + d);
      }
      return d;
    }
  }
}
