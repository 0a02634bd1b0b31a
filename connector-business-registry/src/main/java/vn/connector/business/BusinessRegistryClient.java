package vn.connector.business;

import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import vn.connector.business.internal.RegistryWire;
import vn.connector.business.model.Enterprise;
import vn.connector.business.model.EnterpriseForm;
import vn.connector.business.model.EnterpriseSummary;
import vn.connector.business.model.SearchPage;
import vn.connector.core.Answers;
import vn.connector.core.CallContext;
import vn.connector.core.ClientBuilder;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.HttpTransport;
import vn.connector.core.internal.Json;

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
 * // or, from a properties file with the business.* keys (see Builder):
 * BusinessRegistryClient configured = BusinessRegistryClient.builder()
 *     .configure(ConnectorConfig.fromEnvironment().orElseThrow())
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
  private static final int MAX_NAME_LENGTH = 200;

  private final RegistryCalls calls;
  private final int searchPageSize;

  BusinessRegistryClient(RegistryCalls calls, int searchPageSize) {
    this.calls = calls;
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
    return calls.find(context, code);
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
    String text = Answers.nfc(name);
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

  /**
   * Builds a {@link BusinessRegistryClient}. The shared options (endpoint, auth, timeouts, TLS,
   * retries, audit, clock, sleeper, secured profile, evidence, {@code configure}) come from {@link
   * ClientBuilder}; this one adds the gateway profile, the cache and the search page size. Not
   * thread-safe; every setting validates at once.
   *
   * <p>{@link #configure} reads the shared {@code business.*} keys of {@link ClientBuilder} (with
   * {@code business.secured=true} for RFC 9421 signatures from the {@code security.*} keys) and
   * these: {@code business.profile} ({@code NGSP}, {@code LGSP_ADAPTER}, {@code PROVINCIAL_LGSP},
   * any case, {@code -} or {@code _}); {@code business.tokenUrl}, {@code business.consumerKey},
   * {@code business.consumerSecret} for the gateway's oauth2 tokens when {@code business.auth} is
   * not set; {@code business.cacheTtl} (ISO-8601), {@code business.cacheMaxEntries}, {@code
   * business.cache=false}; {@code business.searchPageSize}.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private GatewayProfile profile = GatewayProfile.NGSP;
    private Duration cacheTtl = Duration.ofMinutes(10);
    private int cacheMaxEntries = 1_000;
    private int searchPageSize = 20;

    private Builder() {
      super("business");
    }

    /**
     * Which gateway form to speak (default {@link GatewayProfile#NGSP}); set it to your province's.
     * The endpoint is the base URL for {@link GatewayProfile#NGSP} and {@link
     * GatewayProfile#PROVINCIAL_LGSP}, the adapter's full URL for {@link
     * GatewayProfile#LGSP_ADAPTER}.
     */
    public Builder profile(GatewayProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
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

    /** Hits per search page (default 20, at most 50 as the registry allows). */
    public Builder searchPageSize(int pageSize) {
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException(
            "searchPageSize: must be 1-" + MAX_PAGE_SIZE + ", was " + pageSize);
      }
      this.searchPageSize = pageSize;
      return this;
    }

    @Override
    protected void configureSystem(ConnectorConfig config) {
      BusinessConfig.apply(this, config);
    }

    public BusinessRegistryClient build() {
      RegistryWire wire = new RegistryWire(profile, endpoint(), Json.mapper());
      HttpTransport transport =
          transport(
              http ->
                  cacheTtl == null
                      ? http
                      : http.callInterceptor(
                          new EnterpriseCache(
                              clock(),
                              cacheTtl,
                              cacheMaxEntries,
                              a -> RegistryCalls.holdsEnterprise(wire, a))));
      return new BusinessRegistryClient(new RegistryCalls(transport, wire), searchPageSize);
    }
  }
}
