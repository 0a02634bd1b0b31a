package vn.connector.population;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import vn.connector.core.AuditListener;
import vn.connector.core.Auth;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.ExchangeInterceptor;
import vn.connector.core.HttpTransport;
import vn.connector.core.RetryPolicy;
import vn.connector.core.Sleeper;
import vn.connector.core.TlsSettings;
import vn.connector.core.security.EvidenceListener;
import vn.connector.core.security.HttpSignatureProfile;
import vn.connector.core.security.WsSecurityProfile;
import vn.connector.population.internal.Operation;
import vn.connector.population.internal.PopulationWire;
import vn.connector.population.internal.RequestFields;
import vn.connector.population.internal.WireSettings;
import vn.connector.population.internal.XroadHeaderInterceptor;

/**
 * Builds a {@link PopulationClient}. Not thread-safe; the client it builds is.
 *
 * <p>Through NDXP (X-Road), set {@link #xRoadIdentifiers}: every SOAP request then carries the
 * X-Road message protocol 4.0 header block, {@code xroad:client}, {@code xroad:service} (its {@code
 * serviceCode} is the operation, e.g. {@code TraCuuThongTinCongDan}), {@code xroad:userId} (the
 * officer of the call context), {@code xroad:id} (the MaYeuCau, the same on retries) and {@code
 * xroad:protocolVersion} {@code 4.0}:
 *
 * <pre>{@code
 * PopulationClient client = PopulationClient.builder()
 *     .profile(PopulationProfile.LGSP_SOAP)
 *     .endpoint(URI.create("https://ndxp.example.gov.vn/dancu"))
 *     .auth(Auth.lgspAccessToken(tokenUri, lgspCredentials))
 *     .serviceCode("VPCP").integrationCode("037")
 *     .xRoadIdentifiers(XRoadIdentifiers.parse(
 *         "VN/GOV/000.00.01.H56/portal", "VN/GOV/000.00.00.C06/dancu", "v1"))
 *     .build();
 * }</pre>
 */
public final class PopulationClientBuilder {

  private final HttpTransport.Builder transport = HttpTransport.builder();
  private final Map<Operation, URI> operationUrls = new EnumMap<>(Operation.class);
  private PopulationProfile profile = PopulationProfile.DIRECT;
  private URI endpoint;
  private boolean authSet;
  private String serviceCode;
  private String integrationCode;
  private String officerAccount;
  private String officerPhone = "0";
  private WsSecurityProfile wsSecurity;
  private HttpSignatureProfile httpSignatures;
  private EvidenceListener evidence = EvidenceListener.none();
  private XRoadIdentifiers xRoad;

  PopulationClientBuilder() {}

  /** How the service is reached (default {@link PopulationProfile#DIRECT}). */
  public PopulationClientBuilder profile(PopulationProfile profile) {
    this.profile = requireNonNull(profile, "profile");
    return this;
  }

  /**
   * The service URL: for DIRECT the single C06 URL; for the LGSP profiles the base under which each
   * operation is posted as {@code endpoint/<operation name>}, unless set one by one below.
   */
  public PopulationClientBuilder endpoint(URI endpoint) {
    this.endpoint = requireNonNull(endpoint, "endpoint");
    return this;
  }

  /**
   * LGSP URL of TraCuuThongTinCongDan, when the gateway does not follow {@code endpoint/<name>}.
   */
  public PopulationClientBuilder lookupEndpoint(URI uri) {
    operationUrls.put(Operation.LOOKUP, requireNonNull(uri, "lookupEndpoint"));
    return this;
  }

  /** LGSP URL of XacThucThongTinCongDan. */
  public PopulationClientBuilder verifyEndpoint(URI uri) {
    operationUrls.put(Operation.VERIFY, requireNonNull(uri, "verifyEndpoint"));
    return this;
  }

  /** LGSP URL of CungCapThongTinHoGiaDinh. */
  public PopulationClientBuilder householdEndpoint(URI uri) {
    operationUrls.put(Operation.HOUSEHOLD, requireNonNull(uri, "householdEndpoint"));
    return this;
  }

  /**
   * Auth scheme: {@code Auth.c06SignedBasic(...)} for DIRECT, {@code Auth.lgspAccessToken(...)} or
   * {@code Auth.oauth2ClientCredentials(...)} for the LGSP profiles. Required.
   */
  public PopulationClientBuilder auth(Auth auth) {
    transport.auth(requireNonNull(auth, "auth"));
    this.authSet = true;
    return this;
  }

  /** MaDVC: the code of the requesting system, issued with the connection (VPCP seen). Required. */
  public PopulationClientBuilder serviceCode(String serviceCode) {
    this.serviceCode = requireNonNull(serviceCode, "serviceCode");
    return this;
  }

  /** MaTichHop: the integration code issued to the portal (037 seen). Required. */
  public PopulationClientBuilder integrationCode(String integrationCode) {
    this.integrationCode = requireNonNull(integrationCode, "integrationCode");
    return this;
  }

  /**
   * TaiKhoan (DIRECT only): the officer account; by default the officer id of each call context.
   */
  public PopulationClientBuilder officerAccount(String officerAccount) {
    this.officerAccount = requireNonNull(officerAccount, "officerAccount");
    return this;
  }

  /** SoDienThoai (DIRECT only): the officer's phone; "0" by default, as the clients seen send. */
  public PopulationClientBuilder officerPhone(String officerPhone) {
    this.officerPhone = requireNonNull(officerPhone, "officerPhone");
    return this;
  }

  /**
   * The X-Road identifiers (định danh NDXP) of portal and service; unset by default, as the direct
   * and LGSP routes seen carry none. Set them when C06 is reached through the national data
   * exchange platform (X-Road), whose security servers route and authorise by these SOAP headers.
   * SOAP profiles only: building an LGSP_JSON client with them fails. The REST {@code
   * X-Road-Client} header of the direct profile is part of {@code Auth.c06SignedBasic}.
   */
  public PopulationClientBuilder xRoadIdentifiers(XRoadIdentifiers identifiers) {
    this.xRoad = requireNonNull(identifiers, "xRoadIdentifiers");
    return this;
  }

  /** Connect timeout (default 5 s); raise it for slow dedicated lines. */
  public PopulationClientBuilder connectTimeout(Duration timeout) {
    transport.connectTimeout(requireNonNull(timeout, "connectTimeout"));
    return this;
  }

  /** Time to wait for the answer (default 30 s); C06 can be slow at the start of a working day. */
  public PopulationClientBuilder responseTimeout(Duration timeout) {
    transport.responseTimeout(requireNonNull(timeout, "responseTimeout"));
    return this;
  }

  /** Pooled connections (default 20); raise it with the concurrency of bulk runs. */
  public PopulationClientBuilder maxConnections(int maxConnections) {
    transport.maxConnections(maxConnections);
    return this;
  }

  /**
   * Trust anchors and client certificate. Required for HTTPS: without it only plain HTTP works, and
   * the JVM's trust store is used only through {@code TlsSettings.jvmDefault()} (security.md).
   */
  public PopulationClientBuilder tls(TlsSettings tls) {
    transport.tls(requireNonNull(tls, "tls"));
    return this;
  }

  /**
   * Retries (default {@link RetryPolicy#defaults()}). Every operation here is a read, so it is
   * retried.
   */
  public PopulationClientBuilder retryPolicy(RetryPolicy retryPolicy) {
    transport.retryPolicy(requireNonNull(retryPolicy, "retryPolicy"));
    return this;
  }

  /** Where the audit events go (default: SLF4J). */
  public PopulationClientBuilder auditListener(AuditListener auditListener) {
    transport.auditListener(requireNonNull(auditListener, "auditListener"));
    return this;
  }

  /** Clock for signed timestamps and audit (tests). */
  public PopulationClientBuilder clock(Clock clock) {
    transport.clock(requireNonNull(clock, "clock"));
    return this;
  }

  /** How retries wait (tests inject one that records instead of sleeping). */
  public PopulationClientBuilder sleeper(Sleeper sleeper) {
    transport.sleeper(requireNonNull(sleeper, "sleeper"));
    return this;
  }

  /** Adds an exchange interceptor (secured profile, evidence). */
  public PopulationClientBuilder interceptor(ExchangeInterceptor interceptor) {
    transport.interceptor(requireNonNull(interceptor, "interceptor"));
    return this;
  }

  /**
   * Turns the secured profile on for the SOAP profiles (DIRECT, LGSP_SOAP): every request envelope
   * is signed with WS-Security 1.1 (chữ ký số WS-Security) under the agency's certificate and
   * carries the MaYeuCau as a signed {@code xroad:id} header; every answer must be signed by a
   * certificate chaining to the profile's trust anchors and echo that {@code xroad:id}, or the call
   * fails with a {@code SignatureException} naming the failed rule and no data reaches the caller.
   * Turn it on when the national side (or a security server in front of it) requires signed
   * messages, or when the portal must be able to prove later what C06 answered (see {@link
   * #evidenceListener}). Combine it with mutual TLS in {@link #tls}.
   */
  public PopulationClientBuilder securedProfile(WsSecurityProfile profile) {
    this.wsSecurity = requireNonNull(profile, "profile");
    this.httpSignatures = null;
    return this;
  }

  /**
   * Turns the secured profile on for LGSP_JSON: RFC 9421 HTTP message signatures with an RFC 9530
   * {@code Content-Digest} on every request ({@code X-Request-Id} = the MaYeuCau, stable across
   * retries), and a verified signature on every answer, bound to that request id, before any of it
   * is parsed. Failures are a {@code SignatureException} naming the rule.
   */
  public PopulationClientBuilder securedProfile(HttpSignatureProfile profile) {
    this.httpSignatures = requireNonNull(profile, "profile");
    this.wsSecurity = null;
    return this;
  }

  /**
   * Receives one evidence record (bằng chứng giao dịch) per checked answer when the secured profile
   * is on: request id, digests of both bodies, both signatures and the outcome, no personal data.
   * Set it to keep with each dossier proof of what the national system answered.
   */
  public PopulationClientBuilder evidenceListener(EvidenceListener listener) {
    this.evidence = requireNonNull(listener, "evidenceListener");
    return this;
  }

  /**
   * Applies the {@code population.*}, {@code http.*} and {@code tls.*} keys of a configuration file
   * (see the README for the list); later setters override them.
   */
  public PopulationClientBuilder configure(ConnectorConfig config) {
    return PopulationConfig.apply(this, requireNonNull(config, "config"));
  }

  public PopulationClient build() {
    if (endpoint == null) {
      throw new IllegalStateException("endpoint is required");
    }
    if (!authSet) {
      throw new IllegalStateException("auth is required (Auth.none() if the network needs none)");
    }
    if (serviceCode == null) {
      throw new IllegalStateException("serviceCode is required");
    }
    if (integrationCode == null) {
      throw new IllegalStateException("integrationCode is required");
    }
    boolean direct = profile == PopulationProfile.DIRECT;
    RequestFields fields =
        new RequestFields(serviceCode, integrationCode, officerAccount, officerPhone, direct);
    WireSettings settings =
        new WireSettings(
            profile == PopulationProfile.LGSP_JSON,
            endpoint,
            direct ? Map.of() : operationUrls,
            fields);
    HttpTransport built = secured(profile == PopulationProfile.LGSP_JSON).build();
    return new PopulationClient(built, new PopulationWire(built, settings));
  }

  /**
   * The transport with the X-Road header writer and the secured profile's interceptors last, in
   * that order, so the signature covers the X-Road headers as really sent.
   */
  private HttpTransport.Builder secured(boolean json) {
    HttpTransport.Builder secured = transport.copy();
    if (json && wsSecurity != null) {
      throw new IllegalStateException(
          "lgsp-json is secured with an HttpSignatureProfile, not a WsSecurityProfile");
    }
    if (!json && httpSignatures != null) {
      throw new IllegalStateException(
          "the SOAP profiles are secured with a WsSecurityProfile, not an HttpSignatureProfile");
    }
    if (json && xRoad != null) {
      throw new IllegalStateException(
          "xRoadIdentifiers are SOAP headers: use them with DIRECT or LGSP_SOAP, not LGSP_JSON");
    }
    if (wsSecurity != null || xRoad != null) {
      secured.interceptor(new XroadHeaderInterceptor(xRoad));
    }
    if (wsSecurity != null) {
      secured.interceptor(wsSecurity.portalInterceptor(evidence));
    }
    if (httpSignatures != null) {
      secured.interceptor(httpSignatures.portalInterceptor(evidence));
    }
    return secured;
  }
}
