package vn.connector.core;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.connector.core.security.EvidenceListener;
import vn.connector.core.security.HttpSignatureProfile;
import vn.connector.core.security.WsSecurityProfile;

/**
 * The options every connector's client shares, in one place: endpoint, auth, timeouts, pool, TLS,
 * retry policy, audit, clock, sleeper, secured profile, evidence, interceptors, and {@link
 * #configure(ConnectorConfig)} with the {@code <system>.*} keys. A connector's builder extends it,
 * adds only its own options, and builds its transport with {@link #transport()}. Builders are not
 * thread-safe; the clients they build are.
 *
 * <pre>{@code
 * public final class CivilRegistryClientBuilder extends ClientBuilder<CivilRegistryClientBuilder> {
 *   private int pollBatchSize = 3;
 *
 *   CivilRegistryClientBuilder() {
 *     super("civil-registry");
 *   }
 *
 *   public CivilRegistryClientBuilder pollBatchSize(int size) { this.pollBatchSize = size; return this; }
 *
 *   protected Auth defaultAuth() { return Auth.none(); }   // the ministry endpoint takes none
 *
 *   protected void configureSystem(ConnectorConfig config) {
 *     pollBatchSize(config.integer("civil-registry.pollBatchSize", 3));
 *   }
 *
 *   public CivilRegistryClient build() {
 *     return new CivilRegistryClient(new CivilRegistryCalls(transport(), endpoint()), pollBatchSize);
 *   }
 * }
 * }</pre>
 *
 * <p>Keys read by {@link #configure} ({@code <s>} is the system name given to the constructor),
 * each applied only when present: {@code <s>.endpoint}; {@code <s>.connectTimeout}, {@code
 * <s>.responseTimeout} (ISO-8601, such as {@code PT30S}) and {@code <s>.maxConnections}, falling
 * back to {@code http.connectTimeout}, {@code http.responseTimeout}, {@code http.maxConnections};
 * {@code <s>.retry.maxAttempts}, {@code <s>.retry.deadline}, {@code <s>.retry.maxRetryAfter}; the
 * {@code tls.*} keys of {@link ConnectorConfig#tls()}; {@code <s>.dedicatedNetwork}; {@code
 * <s>.auth} = {@code none}, {@code static-bearer} ({@code <s>.token}), {@code
 * oauth2-client-credentials}, {@code token-type-header} or {@code access-token-header} ({@code
 * <s>.tokenUrl}, {@code <s>.consumerKey}, {@code <s>.consumerSecret}), {@code lgsp-access-token}
 * ({@code <s>.tokenUrl}, {@code <s>.lgsp.accessKey}, {@code .secretKey}, {@code .appName}, {@code
 * .partnerCode}, {@code .partnerCodeCus}), {@code body-auth-key} ({@code <s>.authKey}); and {@code
 * <s>.secured} = {@code true} to turn the secured profile on from the {@code security.*} keys.
 * Booleans must be {@code true} or {@code false}: a typo in a switch that guards security is an
 * error, not "false".
 *
 * @param <B> the connector's builder type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

  private final String system;
  private final HttpTransport.Builder http = HttpTransport.builder();
  private URI endpoint;
  private Auth auth;
  private HttpSignatureProfile httpSignatures;
  private WsSecurityProfile wsSecurity;
  private EvidenceListener evidence = EvidenceListener.none();

  /**
   * @param system the system's short name: the prefix of its configuration keys and the {@link
   *     Call#system()} of its calls, such as {@code business}
   */
  protected ClientBuilder(String system) {
    Objects.requireNonNull(system, "system");
    if (!system.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "system: lower-case letters, digits and '-', was " + system);
    }
    this.system = system;
  }

  /** The service URL as the gateway exposes it. Required unless the connector says otherwise. */
  public B endpoint(URI endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    if (!endpoint.isAbsolute() || endpoint.getHost() == null) {
      throw new IllegalArgumentException(
          "endpoint: must be an absolute http(s) URL, was " + endpoint);
    }
    String scheme = endpoint.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("endpoint: must be http or https, was " + endpoint);
    }
    this.endpoint = endpoint;
    return self();
  }

  /** How calls authenticate; see {@link Auth}. Required unless the connector has a default. */
  public B auth(Auth auth) {
    this.auth = Objects.requireNonNull(auth, "auth");
    return self();
  }

  /** Time to connect (default 5 s); raise it for gateways on slow dedicated lines. */
  public B connectTimeout(Duration timeout) {
    http.connectTimeout(timeout);
    return self();
  }

  /** Time to wait for each answer (default 30 s); the call's deadline bounds it as well. */
  public B responseTimeout(Duration timeout) {
    http.responseTimeout(timeout);
    return self();
  }

  /** Pooled connections to each host (default 64): raise it when you call with more concurrency. */
  public B maxConnections(int maxConnections) {
    http.maxConnections(maxConnections);
    return self();
  }

  /**
   * Trust anchors and client certificate. Required for HTTPS; with it, {@code http://} URLs are
   * refused unless {@link #dedicatedNetwork(boolean)} says they are meant (security.md).
   */
  public B tls(TlsSettings tls) {
    http.tls(tls);
    return self();
  }

  /**
   * The largest answer read (default 64 MiB); a larger one is refused and its connection closed.
   * Lower it to bound the heap a broken endpoint can take.
   */
  public B maxAnswerBytes(int maxAnswerBytes) {
    http.maxAnswerBytes(maxAnswerBytes);
    return self();
  }

  /** Says plain {@code http://} is meant on the dedicated network; see {@link HttpTransport}. */
  public B dedicatedNetwork(boolean onDedicatedNetwork) {
    http.dedicatedNetwork(onDedicatedNetwork);
    return self();
  }

  /**
   * When calls are retried (default {@link RetryPolicy#defaults()}); its deadline bounds a call.
   */
  public B retryPolicy(RetryPolicy policy) {
    http.retryPolicy(policy);
    return self();
  }

  /**
   * Where audit events go (default {@link AuditListener#slf4j()}): point it at your audit store.
   */
  public B auditListener(AuditListener listener) {
    http.auditListener(listener);
    return self();
  }

  /** The clock for timestamps, token expiry, caches and deadlines (default UTC system clock). */
  public B clock(Clock clock) {
    http.clock(clock);
    return self();
  }

  /** How retries wait (default {@link Sleeper#system()}); tests inject one that does not wait. */
  public B sleeper(Sleeper sleeper) {
    http.sleeper(sleeper);
    return self();
  }

  /** Adds a per-attempt interceptor (a custom header); runs before the secured profile's. */
  public B interceptor(ExchangeInterceptor interceptor) {
    http.interceptor(interceptor);
    return self();
  }

  /** Adds a per-call interceptor (a cache, a rate limit); see {@link CallInterceptor}. */
  public B callInterceptor(CallInterceptor interceptor) {
    http.callInterceptor(interceptor);
    return self();
  }

  /**
   * Adds an observer of calls for metrics and traces (such as {@code connector-micrometer}'s or
   * {@code connector-opentelemetry}'s); repeatable. See {@link CallObserver}.
   */
  public B observer(CallObserver observer) {
    http.observer(observer);
    return self();
  }

  /**
   * Turns the secured profile on with RFC 9421 HTTP message signatures (REST systems): every
   * request signed, every answer's signature verified before any of it is read.
   */
  public B securedProfile(HttpSignatureProfile profile) {
    this.httpSignatures = Objects.requireNonNull(profile, "profile");
    this.wsSecurity = null;
    return self();
  }

  /** Turns the secured profile on with WS-Security (SOAP systems). */
  public B securedProfile(WsSecurityProfile profile) {
    this.wsSecurity = Objects.requireNonNull(profile, "profile");
    this.httpSignatures = null;
    return self();
  }

  /** Receives one evidence record per checked answer while the secured profile is on. */
  public B evidenceListener(EvidenceListener listener) {
    this.evidence = Objects.requireNonNull(listener, "evidenceListener");
    return self();
  }

  /**
   * Applies the {@code <system>.*}, {@code http.*}, {@code tls.*} and, with {@code
   * <system>.secured=true}, {@code security.*} keys (listed on this class), then the connector's
   * own; setters called later override them.
   */
  public final B configure(ConnectorConfig config) {
    Objects.requireNonNull(config, "config");
    ClientConfig.apply(this, config);
    configureSystem(config);
    return self();
  }

  /** Reads the connector's own {@code <system>.*} keys; nothing by default. */
  protected void configureSystem(ConnectorConfig config) {}

  /**
   * The secured profile for {@code <system>.secured=true}; by default RFC 9421 from the {@code
   * security.*} keys. A SOAP connector returns a {@link WsSecurityProfile} through {@link
   * #securedProfile(WsSecurityProfile)} instead.
   */
  protected void configureSecured(ConnectorConfig config) {
    securedProfile(HttpSignatureProfile.builder(config).build());
  }

  /** The auth used when none is set; null (the default) means auth is required. */
  protected Auth defaultAuth() {
    return null;
  }

  /** The system's short name given to the constructor. */
  protected final String system() {
    return system;
  }

  /** The endpoint; fails with "endpoint is required" when none was set. */
  protected final URI endpoint() {
    if (endpoint == null) {
      throw new IllegalStateException("endpoint is required");
    }
    return endpoint;
  }

  /** The clock set (or the default), for the connector's own timestamps and caches. */
  protected final Clock clock() {
    return http.clock;
  }

  protected final AuditListener auditListener() {
    return http.auditListener;
  }

  protected final Optional<HttpSignatureProfile> httpSignatureProfile() {
    return Optional.ofNullable(httpSignatures);
  }

  protected final Optional<WsSecurityProfile> wsSecurityProfile() {
    return Optional.ofNullable(wsSecurity);
  }

  protected final EvidenceListener evidenceListener() {
    return evidence;
  }

  /**
   * A copy of the shared options as a transport builder, auth included, without the secured
   * profile's interceptor; for connectors that need to add steps before it.
   */
  protected final HttpTransport.Builder options() {
    Auth chosen = auth != null ? auth : defaultAuth();
    if (chosen == null) {
      throw new IllegalStateException("auth is required (Auth.none() if the network needs none)");
    }
    HttpTransport.Builder b = http.copy().auth(chosen);
    if (endpoint != null) {
      ClientConfig.refusePlainHttp(endpoint, b);
    }
    return b;
  }

  /** The transport: the shared options, then the secured profile's interceptor last. */
  protected final HttpTransport transport() {
    return transport(UnaryOperator.identity());
  }

  /**
   * The transport with the connector's own steps (such as an X-Road header writer) added to the
   * options before the secured profile's interceptor, so that the signature covers them as sent.
   */
  protected final HttpTransport transport(UnaryOperator<HttpTransport.Builder> connectorSteps) {
    HttpTransport.Builder b = Objects.requireNonNull(connectorSteps.apply(options()), "steps");
    if (wsSecurity != null) {
      b.interceptor(wsSecurity.portalInterceptor(evidence));
    }
    if (httpSignatures != null) {
      b.interceptor(httpSignatures.portalInterceptor(evidence));
    }
    return b.build();
  }

  /** This builder, typed as the connector's. */
  @SuppressWarnings("unchecked")
  protected final B self() {
    return (B) this;
  }
}
