package vn.connector.core;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.connector.core.internal.AnswerReaders;
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
 * <p>What {@link #call} does: runs the per-call {@link CallInterceptor}s; then, for every attempt,
 * sets {@code X-Request-Id} to the call's request id (unless the request carries one), applies
 * auth, then the {@link ExchangeInterceptor}s, and sends; retries under the {@link RetryPolicy},
 * all of it (pool lease, token fetch, connect, every attempt and body read) cut at its deadline; on
 * a 401 refreshes token credentials once and resends; ends the call with a {@link ServiceException}
 * on 401/403 or when retryable statuses persist, a {@link TransportException} when the service
 * cannot be reached; lets the {@link AnswerClassifier} judge every other answer, and hands those it
 * accepts to the handler. Each call is told to the {@link CallObserver}s, and while it runs the
 * SLF4J {@code MDC} holds {@code connector.requestId} and, for calls with a context, {@code
 * connector.dossier} (restored afterwards).
 */
public final class HttpTransport implements AutoCloseable {

  private final Builder settings;
  private final ApacheClient client;

  private HttpTransport(Builder b) {
    this.settings = b.copy();
    this.client =
        new ApacheClient(
            b.tls,
            b.connectTimeout,
            b.responseTimeout,
            b.maxConnections,
            b.maxAnswerBytes,
            b.dedicatedNetwork,
            HttpResponse::received,
            HttpRequest.BODIES);
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
   * final response to {@code handler}: every answer that passes the HTTP-level rules is the
   * handler's (2xx, 404, a SOAP fault's 500). Emits exactly one audit event.
   */
  public <T> T call(Call call, HttpRequest request, ResponseHandler<T> handler) {
    return call(call, request, AnswerClassifier.passThrough(), handler);
  }

  /**
   * Sends {@code request} for {@code call} and lets {@code classifier} (the system's {@link
   * AnswerTable}) judge every answer inside the retry loop: RETRY answers are sent again under the
   * retry policy (a call that is not idempotent only when the verdict proves the request was not
   * processed), RENEW_AUTH renews the token or session once, REFUSE ends the call with a {@link
   * ServiceException} carrying the national code, text and hint; {@code handler} sees only OK and
   * ALREADY_DONE answers. Any exception the handler throws that is not a {@link ConnectorException}
   * becomes a {@link ResponseException}. Emits exactly one audit event.
   */
  public <T> T call(
      Call call, HttpRequest request, AnswerClassifier classifier, ResponseHandler<T> handler) {
    Objects.requireNonNull(handler, "handler");
    return callForAnswer(call, request, classifier, answer -> handler.handle(answer.response()));
  }

  /**
   * As {@link #call(Call, HttpRequest, AnswerClassifier, ResponseHandler)}, for handlers that must
   * know the verdict: whether the service did the work now or had already done it.
   */
  public <T> T callForAnswer(
      Call call, HttpRequest request, AnswerClassifier classifier, AnswerHandler<T> handler) {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(handler, "handler");
    CallMdc mdc = CallMdc.enter(call);
    try {
      return run(call, request, classifier, handler);
    } finally {
      AnswerReaders.forgetParsed();
      mdc.restore();
    }
  }

  private <T> T run(
      Call call, HttpRequest request, AnswerClassifier classifier, AnswerHandler<T> handler) {
    Exchange exchange = new Exchange(settings, client, call, classifier);
    try {
      Answer answer =
          new CallChain(settings.callInterceptors, exchange, 0, request).proceed(request);
      T result = handle(call, answer, handler);
      exchange.audit(AuditEvent.Outcome.SUCCESS, exchange.detail());
      return result;
    } catch (ConnectorException e) {
      exchange.audit(CallAudit.outcome(e), e.nationalCode().orElse(e.getClass().getSimpleName()));
      throw e;
    } catch (RuntimeException | Error e) {
      exchange.audit(AuditEvent.Outcome.FAILED, e.getClass().getSimpleName());
      throw e;
    }
  }

  private static <T> T handle(Call call, Answer answer, AnswerHandler<T> handler) {
    try {
      return handler.handle(answer);
    } catch (ConnectorException e) {
      throw e;
    } catch (RuntimeException e) {
      // A bad answer must not look like bad input of the caller's (an IllegalArgumentException or a
      // NumberFormatException escaping from a parser would).
      throw new ResponseException(
          call,
          "cannot read the answer: " + e.getClass().getSimpleName(),
          answer.response().status(),
          e);
    }
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
    /**
     * Above the concurrency portals call with (bulk verification runs 16-32 callers): a 20
     * connection pool cost 12-18% of the throughput at 32 callers (issue 16), and an idle pooled
     * connection costs only a socket.
     */
    static final int DEFAULT_MAX_CONNECTIONS = 64;

    Duration connectTimeout = Duration.ofSeconds(5);
    Duration responseTimeout = Duration.ofSeconds(30);
    int maxConnections = DEFAULT_MAX_CONNECTIONS;
    TlsSettings tls;
    Auth auth = Auth.none();
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    AuditListener auditListener = AuditListener.slf4j();
    Clock clock = Clock.systemUTC();
    Sleeper sleeper = Sleeper.system();
    List<ExchangeInterceptor> interceptors = new ArrayList<>();
    List<CallInterceptor> callInterceptors = new ArrayList<>();
    List<CallObserver> observers = new ArrayList<>();
    CallObserver observer = new CombinedObserver(List.of());
    boolean dedicatedNetwork;
    int maxAnswerBytes = 64 * 1024 * 1024;

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
     * Pooled connections to each host (default 64; a client talks to one gateway host, so this is
     * the client's limit). Raise it when you call with more concurrency: callers beyond it queue
     * for a connection. HttpClient's own per-route default of 2 is never used.
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

    /**
     * Adds a per-call interceptor (a cache, a rate limit), run once per call around the retries;
     * repeatable, applied in order. See {@link CallInterceptor}.
     */
    public Builder callInterceptor(CallInterceptor interceptor) {
      this.callInterceptors.add(Objects.requireNonNull(interceptor, "callInterceptor"));
      return this;
    }

    /**
     * Adds an observer of calls, attempts and their events (metrics, traces); repeatable, told in
     * the order added. See {@link CallObserver}; none by default.
     */
    public Builder observer(CallObserver observer) {
      this.observers.add(Objects.requireNonNull(observer, "observer"));
      this.observer = new CombinedObserver(observers);
      return this;
    }

    /**
     * Says that plain {@code http://} URLs are meant although TLS settings are configured: the
     * endpoint sits on the dedicated network (mạng truyền số liệu chuyên dùng), where the gateway
     * speaks plain HTTP. Off by default: with TLS settings an {@code http://} URL is refused before
     * anything is sent, so that a typo cannot silently drop TLS, tokens and mutual TLS.
     */
    public Builder dedicatedNetwork(boolean onDedicatedNetwork) {
      this.dedicatedNetwork = onDedicatedNetwork;
      return this;
    }

    /**
     * The largest answer read, in bytes (default 64 MiB: no national answer is larger, base64 PDFs
     * included). A larger one is refused and its connection closed, not drained. Lower it to bound
     * the heap a hostile or broken endpoint can take.
     */
    public Builder maxAnswerBytes(int maxAnswerBytes) {
      if (maxAnswerBytes < 1024) {
        throw new IllegalArgumentException(
            "maxAnswerBytes: must be at least 1024, was " + maxAnswerBytes);
      }
      this.maxAnswerBytes = maxAnswerBytes;
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
      b.callInterceptors = new ArrayList<>(callInterceptors);
      b.observers = new ArrayList<>(observers);
      b.observer = observer;
      b.dedicatedNetwork = dedicatedNetwork;
      b.maxAnswerBytes = maxAnswerBytes;
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
