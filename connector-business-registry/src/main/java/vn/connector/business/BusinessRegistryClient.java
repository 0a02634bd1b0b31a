package vn.connector.business;

import java.net.URI;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.connector.business.internal.RegistryWire;
import vn.connector.business.model.Enterprise;
import vn.connector.business.model.EnterpriseForm;
import vn.connector.business.model.EnterpriseSummary;
import vn.connector.business.model.SearchPage;
import vn.connector.core.AuditEvent;
import vn.connector.core.AuditListener;
import vn.connector.core.Auth;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.HttpTransport;
import vn.connector.core.RetryPolicy;
import vn.connector.core.Sleeper;
import vn.connector.core.TlsSettings;
import vn.connector.core.internal.Json;
import vn.connector.core.security.EvidenceListener;
import vn.connector.core.security.HttpSignatureProfile;

/**
 * Client for the national business registry (CSDL quốc gia về đăng ký doanh nghiệp), through NGSP
 * or a provincial LGSP. Immutable and thread-safe: build one per application and share it.
 *
 * <pre>{@code
 * BusinessRegistryClient client = BusinessRegistryClient.builder()
 *     .endpoint(URI.create("https://ngsp.example.gov.vn"))
 *     .profile(GatewayProfile.NGSP)
 *     .auth(Auth.oauth2ClientCredentials(URI.create("https://ngsp.example.gov.vn/token"),
 *         "consumer-key", Secret.of(System.getenv("NGSP_SECRET"))))
 *     .build();
 * CallContext context = CallContext.of("canbo.nguyenvana", "000.00.01.H22",
 *     DossierCode.parse("000.00.01.H22-241115-0001"), Purpose.PROCEDURE_HANDLING);
 * Optional<Enterprise> enterprise = client.find(context, EnterpriseCode.parse("0100109106"));
 * Map<String, String> form = client.prefill(context, EnterpriseCode.parse("0100109106"))
 *     .map(EnterpriseForm::asMap).orElse(Map.of());
 * client.searchAll("Phần mềm").limit(100).forEach(hit -> System.out.println(hit.name()));
 * }</pre>
 *
 * <p><b>Why {@link #find} takes a {@link CallContext}.</b> Enterprise data is public register data,
 * but the answer names the legal representatives (người đại diện theo pháp luật), and a person's
 * name is personal data under Nghị định 13/2023. So {@code find} and {@code prefill} require a
 * context, as every personal-data operation of this SDK does, and each call (cache hits included)
 * produces an audit event carrying it. {@link #search} answers main information only (no person),
 * so it takes none.
 *
 * <p>Codes are validated by {@link EnterpriseCode} before anything is sent. Found enterprises are
 * cached by code (10 minutes, 1,000 entries by default; see {@link Builder#cache}); "not found" is
 * never cached. Audit events name the national operations {@code chiTietDoanhNghiep} and {@code
 * timKiemDoanhNghiep}; a cache hit is audited with 0 attempts and detail {@code CACHE_HIT}.
 */
public final class BusinessRegistryClient implements AutoCloseable {

  static final int MAX_PAGE_SIZE = 50;
  private static final Logger LOG = LoggerFactory.getLogger(BusinessRegistryClient.class);
  private static final int MAX_NAME_LENGTH = 200;

  private final RegistryCalls calls;
  private final EnterpriseCache cache;
  private final AuditListener auditListener;
  private final Clock clock;
  private final int searchPageSize;

  BusinessRegistryClient(
      RegistryCalls calls,
      EnterpriseCache cache,
      AuditListener auditListener,
      Clock clock,
      int searchPageSize) {
    this.calls = calls;
    this.cache = cache;
    this.auditListener = auditListener;
    this.clock = clock;
    this.searchPageSize = searchPageSize;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The enterprise with this code (chi tiết doanh nghiệp), or empty when the registry holds none
   * (HTTP 404, {@code {"Data":null}}, {@code "GetEntCert": null}).
   *
   * @param context who reads the representatives' names and why; required
   * @throws vn.connector.core.ServiceException the gateway or registry refused the call
   * @throws vn.connector.core.ResponseException the answer could not be read
   * @throws vn.connector.core.TransportException the gateway could not be reached
   */
  public Optional<Enterprise> find(CallContext context, EnterpriseCode code) {
    CallContext.require(context);
    Objects.requireNonNull(code, "code");
    if (cache != null) {
      Optional<Enterprise> cached = cache.get(code);
      if (cached.isPresent()) {
        auditCacheHit(context);
        return cached;
      }
    }
    Optional<Enterprise> found = calls.find(context, code);
    if (cache != null) {
      found.ifPresent(enterprise -> cache.put(code, enterprise));
    }
    return found;
  }

  /** The dossier-form fields of the enterprise with this code; see {@link EnterpriseForm}. */
  public Optional<EnterpriseForm> prefill(CallContext context, EnterpriseCode code) {
    return find(context, code).map(EnterpriseForm::of);
  }

  /**
   * One page of the enterprises whose name contains {@code name} (tìm kiếm theo tên), with the page
   * size set on the builder.
   *
   * @param page page number, from 1
   * @throws UnsupportedOperationException on the {@link GatewayProfile#PROVINCIAL_LGSP} profile
   */
  public SearchPage search(String name, int page) {
    String text = searchText(name);
    if (page < 1) {
      throw new IllegalArgumentException("page: must be 1 or more, was " + page);
    }
    requireSearch();
    return calls.search(text, page, searchPageSize);
  }

  /**
   * Every enterprise whose name contains {@code name}, fetched lazily page by page as the stream is
   * consumed: no request is sent before the terminal operation, and {@code limit} stops the
   * fetching. Each page fetched is one call.
   */
  public Stream<EnterpriseSummary> searchAll(String name) {
    String text = searchText(name);
    requireSearch();
    Iterator<SearchPage> pages = new SearchPages(calls, text, searchPageSize);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .flatMap(p -> p.items().stream());
  }

  /** Closes the connection pool. */
  @Override
  public void close() {
    calls.close();
  }

  private static String searchText(String name) {
    Objects.requireNonNull(name, "name");
    String text = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
    if (text.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "name: must be at most " + MAX_NAME_LENGTH + " characters");
    }
    return text;
  }

  private void requireSearch() {
    if (!calls.supportsSearch()) {
      throw new UnsupportedOperationException(
          "search: the provincial LGSP variant offers no search by name");
    }
  }

  private void auditCacheHit(CallContext context) {
    String requestId = Call.newRequestId();
    try {
      auditListener.onEvent(
          new AuditEvent(
              clock.instant(),
              RegistryCalls.SYSTEM,
              RegistryCalls.FIND,
              requestId,
              context,
              AuditEvent.Outcome.SUCCESS,
              Duration.ZERO,
              0,
              "CACHE_HIT"));
    } catch (RuntimeException e) {
      // As in the transport: a failing audit sink must be seen, but must not fail a good answer.
      LOG.error(
          "audit listener failed for {}/{} [{}]",
          RegistryCalls.SYSTEM,
          RegistryCalls.FIND,
          requestId,
          e);
    }
  }

  /** Builds a {@link BusinessRegistryClient}. Not thread-safe; every setting validates at once. */
  public static final class Builder {
    private URI endpoint;
    private GatewayProfile profile = GatewayProfile.NGSP;
    private Auth auth;
    private final HttpTransport.Builder transport = HttpTransport.builder();
    private AuditListener auditListener = AuditListener.slf4j();
    private Clock clock = Clock.systemUTC();
    private Duration cacheTtl = Duration.ofMinutes(10);
    private int cacheMaxEntries = 1_000;
    private int searchPageSize = 20;
    private HttpSignatureProfile secured;
    private EvidenceListener evidence = EvidenceListener.none();

    private Builder() {}

    /**
     * The registry as the gateway exposes it: the base URL for {@link GatewayProfile#NGSP} and
     * {@link GatewayProfile#PROVINCIAL_LGSP}, the adapter's full URL for {@link
     * GatewayProfile#LGSP_ADAPTER}. Required.
     */
    public Builder endpoint(URI endpoint) {
      Objects.requireNonNull(endpoint, "endpoint");
      if (!endpoint.isAbsolute() || endpoint.getHost() == null) {
        throw new IllegalArgumentException(
            "endpoint: must be an absolute http(s) URL, was " + endpoint);
      }
      this.endpoint = endpoint;
      return this;
    }

    /**
     * Which gateway form to speak (default {@link GatewayProfile#NGSP}); set it to your province's.
     */
    public Builder profile(GatewayProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * How calls authenticate; required. NGSP and LGSP use {@link Auth#oauth2ClientCredentials};
     * {@link Auth#none()} only on the dedicated network.
     */
    public Builder auth(Auth auth) {
      this.auth = Objects.requireNonNull(auth, "auth");
      return this;
    }

    /**
     * Trust anchors and client certificate. Required for HTTPS: without it only plain HTTP works,
     * and the JVM's trust store is used only through {@code TlsSettings.jvmDefault()}
     * (security.md).
     */
    public Builder tls(TlsSettings tls) {
      transport.tls(tls);
      return this;
    }

    /** Time to connect (default 5 s); raise it for gateways on slow dedicated lines. */
    public Builder connectTimeout(Duration timeout) {
      transport.connectTimeout(timeout);
      return this;
    }

    /** Time to wait for an answer (default 30 s); the registry answers within seconds. */
    public Builder responseTimeout(Duration timeout) {
      transport.responseTimeout(timeout);
      return this;
    }

    /** When calls are retried (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy policy) {
      transport.retryPolicy(policy);
      return this;
    }

    /**
     * Where audit events go (default {@link AuditListener#slf4j()}); point it at your audit store.
     */
    public Builder auditListener(AuditListener listener) {
      this.auditListener = Objects.requireNonNull(listener, "auditListener");
      return this;
    }

    /** The clock for cache expiry, token expiry and deadlines (default UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How retries wait (default {@link Sleeper#system()}); tests inject one that does not wait. */
    public Builder sleeper(Sleeper sleeper) {
      transport.sleeper(sleeper);
      return this;
    }

    /**
     * Keeps found enterprises for {@code ttl}, at most {@code maxEntries} of them (default 10
     * minutes, 1,000). Registry data changes rarely; shorten the time if your procedure must see a
     * change of status the same minute.
     */
    public Builder cache(Duration ttl, int maxEntries) {
      Objects.requireNonNull(ttl, "ttl");
      if (ttl.isNegative() || ttl.isZero()) {
        throw new IllegalArgumentException("ttl: must be positive, was " + ttl);
      }
      if (maxEntries < 1) {
        throw new IllegalArgumentException("maxEntries: must be 1 or more, was " + maxEntries);
      }
      this.cacheTtl = ttl;
      this.cacheMaxEntries = maxEntries;
      return this;
    }

    /** Sends every lookup to the registry. */
    public Builder noCache() {
      this.cacheTtl = null;
      return this;
    }

    /**
     * Turns the secured profile on (hồ sơ truyền tải an toàn): every request carries an RFC 9421
     * signature under the agency's key and an {@code X-Request-Id} stable across retries; every
     * answer must carry a valid signature of a trusted national key, bound to that request id and
     * to its {@code Content-Digest}, before any of it is read, or the call fails with a {@code
     * SignatureException} naming the rule. Turn it on where the gateway requires signed messages or
     * the portal must prove later what the registry answered.
     */
    public Builder securedProfile(HttpSignatureProfile profile) {
      this.secured = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** Receives one evidence record per checked answer while the secured profile is on. */
    public Builder evidenceListener(EvidenceListener listener) {
      this.evidence = Objects.requireNonNull(listener, "evidenceListener");
      return this;
    }

    /** Hits per search page (default 20, at most 50 as the registry allows). */
    public Builder searchPageSize(int pageSize) {
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException(
            "searchPageSize: must be 1-" + MAX_PAGE_SIZE + ", was " + pageSize);
      }
      this.searchPageSize = pageSize;
      return this;
    }

    public BusinessRegistryClient build() {
      if (endpoint == null) {
        throw new IllegalStateException("endpoint is required");
      }
      if (auth == null) {
        throw new IllegalStateException(
            "auth is required (Auth.oauth2ClientCredentials for NGSP/LGSP)");
      }
      HttpTransport.Builder http =
          transport.copy().auth(auth).auditListener(auditListener).clock(clock);
      if (secured != null) {
        http.interceptor(secured.portalInterceptor(evidence));
      }
      RegistryCalls calls =
          new RegistryCalls(http.build(), new RegistryWire(profile, endpoint, Json.mapper()));
      EnterpriseCache cache =
          cacheTtl == null ? null : new EnterpriseCache(clock, cacheTtl, cacheMaxEntries);
      return new BusinessRegistryClient(calls, cache, auditListener, clock, searchPageSize);
    }
  }
}
