package vn.connector.testkit.business;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.connector.business.BusinessRegistryClient;
import vn.connector.business.GatewayProfile;
import vn.connector.core.Auth;
import vn.connector.core.Secret;
import vn.connector.core.TlsSettings;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.Simulator;
import vn.connector.testkit.TokenDesk;
import vn.connector.testkit.security.HttpsFiles;
import vn.connector.testkit.security.SecuredProfile;
import vn.connector.testkit.security.SecurityFault;
import vn.connector.testkit.security.TestPki;

/**
 * Simulator of the national business registry (CSDL quốc gia về đăng ký doanh nghiệp) behind a
 * WSO2-style gateway, on loopback. It serves, from one port:
 *
 * <ul>
 *   <li>{@code POST /token}: {@code oauth2-client-credentials} (Basic consumer key and secret, form
 *       {@code grant_type=client_credentials}); tokens live one hour or until {@link
 *       #expireTokens()};
 *   <li>NGSP: {@code GET /apiCSDLDKDN/1.0/chiTietDoanhNghiep?msdn=} (404 when not found) and {@code
 *       GET /apiCSDLDKDN/1.0/timKiemDoanhNghiep?ten=&trang=&soBanGhi=} (page size ≤ 50);
 *   <li>the LGSP adapter at {@link #adapterUrl()}: {@code
 *       ?category=chiTietDoanhNghiep&version=1.1&msdn=} ({@code {"Data":null}} when not found) and
 *       {@code ?category=timKiemDoanhNghiep&version=1.1&…};
 *   <li>the provincial variant: {@code GET /apiDKKD/DoanhNghiep/chiTietDoanhNghiep?msdn=} ({@code
 *       {"GetEntCert":null}} when not found).
 * </ul>
 *
 * Every API call needs a valid bearer token (401 otherwise). {@code msdn} must be 10 digits, or 13
 * for a branch (no dash), with a right check digit; anything else gets 400. The registry holds the
 * 18 fictional enterprises of {@code business/enterprises.json}; the constants below name some of
 * them. Faults from {@link #faults()} apply to API calls, never to the token endpoint.
 *
 * <pre>{@code
 * try (BusinessRegistrySimulator sim = BusinessRegistrySimulator.start()) {
 *   try (BusinessRegistryClient client = sim.clientBuilder().build()) {
 *     client.find(context, EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE));
 *   }
 * }
 * }</pre>
 */
public final class BusinessRegistrySimulator implements Simulator {

  /** Status 1, đang hoạt động: three representatives, three business lines, a foreign name. */
  public static final String ACTIVE = "0100109106";

  /** A branch of {@link #ACTIVE}. */
  public static final String BRANCH = "0100109106-001";

  /** Status 2, tạm ngừng kinh doanh. */
  public static final String SUSPENDED = "0300444246";

  /** Status 3, đang làm thủ tục giải thể. */
  public static final String DISSOLVING = "0101686811";

  /** Status 4, đã giải thể. */
  public static final String DISSOLVED = "2800111270";

  /** Status 5, bị thu hồi giấy chứng nhận. */
  public static final String REVOKED = "0100230568";

  /** Status id 9, which the contract does not model. */
  public static final String UNKNOWN_STATUS = "0400292854";

  /** A valid code (check digit right) that the registry does not hold. */
  public static final String NOT_REGISTERED = "0102223333";

  /** A code whose check digit is wrong (the right one is 6). */
  public static final String BAD_CHECK_DIGIT = "0100109107";

  /** Text that matches eight enterprises in search. */
  public static final String SEARCH_TEXT = "Phần mềm";

  public static final String CONSUMER_KEY = "portal-test-consumer";
  public static final String CONSUMER_SECRET = "portal-test-secret";

  private final WireMockServer server;
  private final FaultInjector faults = new FaultInjector();
  private final TokenDesk tokens;
  private final EnterpriseBook book;
  private final TestPki pki;
  private final SecuredProfile secured;
  private final HttpsFiles https;

  private BusinessRegistrySimulator(int port, Clock clock, TestPki pki) {
    ObjectMapper mapper = new ObjectMapper();
    this.book = EnterpriseBook.load(mapper);
    this.tokens = TokenDesk.oauth2(CONSUMER_KEY, CONSUMER_SECRET, clock);
    this.pki = pki;
    WireMockConfiguration config =
        wireMockConfig()
            .bindAddress("127.0.0.1")
            .extensions(new RegistryTransformer(mapper, book, tokens, faults));
    if (pki == null) {
      this.secured = null;
      this.https = null;
      config.port(port);
    } else {
      this.secured = SecuredProfile.rest(pki);
      this.https = new HttpsFiles(pki);
      https.configure(config, port, false).extensions(new SecuredRegistry(secured));
    }
    this.server = new WireMockServer(config);
    try {
      server.start();
    } catch (RuntimeException e) {
      // The key stores hold the test CA's key: never leave them behind in the temp directory.
      if (https != null) {
        https.close();
      }
      throw e;
    }
    server.stubFor(any(anyUrl()).willReturn(ok()));
  }

  /** Starts a simulator on a free loopback port. */
  public static BusinessRegistrySimulator start() {
    return start(0);
  }

  /** Starts a simulator on {@code port} (0 for a free one). */
  public static BusinessRegistrySimulator start(int port) {
    return new BusinessRegistrySimulator(port, Clock.systemUTC(), null);
  }

  /**
   * Starts a simulator on a free port that requires the secured profile with {@code pki}: HTTPS
   * with the PKI's server certificate, RFC 9421 signed requests from the PKI's agency (HTTP 401
   * with {@code X-Signature-Error} otherwise), every answer signed by the PKI's national identity.
   * {@link #clientBuilder()} then returns a client configured for it.
   */
  public static BusinessRegistrySimulator startSecured(TestPki pki) {
    return new BusinessRegistrySimulator(
        0, Clock.systemUTC(), java.util.Objects.requireNonNull(pki, "pki"));
  }

  /**
   * Makes the next signed answers misbehave, one each (secured simulators only).
   *
   * @throws IllegalStateException when not started with {@link #startSecured}
   */
  public BusinessRegistrySimulator nextSecurityFaults(SecurityFault... next) {
    if (secured == null) {
      throw new IllegalStateException("this simulator was not started with startSecured(pki)");
    }
    secured.next(next);
    return this;
  }

  @Override
  public String system() {
    return "business-registry";
  }

  /** Base URL for the {@code NGSP} and {@code PROVINCIAL_LGSP} profiles. */
  @Override
  public URI baseUrl() {
    return URI.create(
        pki == null
            ? "http://127.0.0.1:" + server.port()
            : "https://127.0.0.1:" + server.httpsPort());
  }

  /** Full URL of the LGSP adapter, for the {@code LGSP_ADAPTER} profile. */
  public URI adapterUrl() {
    return URI.create(baseUrl() + RegistryTransformer.ADAPTER);
  }

  /** The OAuth2 token endpoint. */
  public URI tokenUrl() {
    return URI.create(baseUrl() + RegistryTransformer.TOKEN_PATH);
  }

  @Override
  public Map<String, String> connectionInfo() {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("business.endpoint", baseUrl().toString());
    info.put("business.adapterEndpoint", adapterUrl().toString());
    info.put("business.tokenUrl", tokenUrl().toString());
    info.put("business.consumerKey", CONSUMER_KEY);
    info.put("business.consumerSecret", CONSUMER_SECRET);
    return info;
  }

  @Override
  public FaultInjector faults() {
    return faults;
  }

  /** The token endpoint: its tokens, and its faults ({@code tokenDesk().faults()}). */
  public TokenDesk tokenDesk() {
    return tokens;
  }

  /** Makes every token issued so far expired: the next API call with one gets 401. */
  public void expireTokens() {
    tokens.expireAll();
  }

  /**
   * When on, the token endpoint hands out tokens that are already expired, as a gateway whose key
   * manager and API nodes disagree does: every API call then gets 401, even after a refetch.
   */
  public void issueStaleTokens(boolean stale) {
    tokens.issueStale(stale);
  }

  /** How many tokens the token endpoint has issued. */
  public int tokensIssued() {
    return tokens.issuedCount();
  }

  /** Every enterprise code the simulated registry holds, in order. */
  public List<String> enterpriseCodes() {
    return book.codes();
  }

  /** The underlying WireMock server, for assertions on its request journal. */
  public WireMockServer wireMock() {
    return server;
  }

  /** How many API calls (not token requests) were received since start or {@link #reset()}. */
  public int apiCallCount() {
    return (int)
        server.getAllServeEvents().stream()
            .filter(e -> !e.getRequest().getUrl().startsWith(RegistryTransformer.TOKEN_PATH))
            .count();
  }

  /**
   * A client builder set up for this simulator on the {@link GatewayProfile#NGSP} profile:
   * endpoint, OAuth2 client credentials. Add a sleeper, clock or cache settings as the test needs.
   */
  public BusinessRegistryClient.Builder clientBuilder() {
    return clientBuilder(GatewayProfile.NGSP);
  }

  /**
   * A client builder set up for this simulator on {@code profile}; for a secured simulator also TLS
   * trusting the test root and the matching RFC 9421 profile.
   */
  public BusinessRegistryClient.Builder clientBuilder(GatewayProfile profile) {
    BusinessRegistryClient.Builder builder =
        BusinessRegistryClient.builder()
            .endpoint(profile == GatewayProfile.LGSP_ADAPTER ? adapterUrl() : baseUrl())
            .profile(profile)
            .auth(
                Auth.oauth2ClientCredentials(tokenUrl(), CONSUMER_KEY, Secret.of(CONSUMER_SECRET)));
    if (pki != null) {
      builder
          .tls(TlsSettings.builder().trustAnchors(List.of(pki.rootCertificate())).build())
          .securedProfile(SecuredProfile.portalRestProfile(pki));
    }
    return builder;
  }

  /**
   * Forgets received requests, clears faults and stops issuing stale tokens; issued tokens stay
   * valid.
   */
  @Override
  public void reset() {
    server.resetRequests();
    faults.clear();
    tokens.reset();
  }

  @Override
  public void close() {
    server.stop();
    if (https != null) {
      https.close();
    }
  }
}
