package vn.connector.population;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import vn.connector.core.ClientBuilder;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.HttpTransport;
import vn.connector.core.security.HttpSignatureProfile;
import vn.connector.core.security.WsSecurityProfile;
import vn.connector.population.internal.Operation;
import vn.connector.population.internal.PopulationCalls;
import vn.connector.population.internal.RequestFields;
import vn.connector.population.internal.WireSettings;
import vn.connector.population.internal.XroadHeaderInterceptor;

/**
 * Builds a {@link PopulationClient}. The options every connector shares (endpoint, auth, timeouts,
 * pool, TLS, retry policy, audit, clock, sleeper, secured profile, evidence, {@link
 * #configure(ConnectorConfig)}) come from core's {@link ClientBuilder}; this builder adds only what
 * is particular to C06. Not thread-safe; the client it builds is.
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
public final class PopulationClientBuilder extends ClientBuilder<PopulationClientBuilder> {

  private final Map<Operation, URI> operationUrls = new EnumMap<>(Operation.class);
  private PopulationProfile profile = PopulationProfile.DIRECT;
  private String serviceCode;
  private String integrationCode;
  private String officerAccount;
  private String officerPhone = "0";
  private XRoadIdentifiers xRoad;

  PopulationClientBuilder() {
    super(PopulationCalls.SYSTEM);
  }

  /** How the service is reached (default {@link PopulationProfile#DIRECT}). */
  public PopulationClientBuilder profile(PopulationProfile profile) {
    this.profile = requireNonNull(profile, "profile");
    return this;
  }

  /**
   * LGSP URL of TraCuuThongTinCongDan, when the gateway does not follow {@code endpoint/<name>}
   * (for DIRECT the single C06 URL is the {@link #endpoint}; for the LGSP profiles the endpoint is
   * the base under which each operation is posted as {@code endpoint/<operation name>}).
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

  /**
   * The {@code population.*} keys of C06 (see {@link PopulationConfig}): profile, codes, the
   * c06-signed-basic or LGSP auth when {@code population.auth} names none, per-operation URLs and
   * the X-Road identifiers.
   */
  @Override
  protected void configureSystem(ConnectorConfig config) {
    PopulationConfig.apply(this, config);
  }

  /**
   * {@code population.secured=true}: WS-Security for the SOAP profiles (its token must be one of
   * {@code security.peerCertificates}), RFC 9421 for lgsp-json.
   */
  @Override
  protected void configureSecured(ConnectorConfig config) {
    if (PopulationConfig.profileOf(config) == PopulationProfile.LGSP_JSON) {
      securedProfile(HttpSignatureProfile.builder(config).build());
    } else {
      securedProfile(WsSecurityProfile.builder(config).build());
    }
  }

  public PopulationClient build() {
    URI endpoint = endpoint();
    options(); // fails with "auth is required" before anything is built
    if (serviceCode == null) {
      throw new IllegalStateException("serviceCode is required");
    }
    if (integrationCode == null) {
      throw new IllegalStateException("integrationCode is required");
    }
    boolean json = profile == PopulationProfile.LGSP_JSON;
    checkSecuredFits(json);
    boolean direct = profile == PopulationProfile.DIRECT;
    RequestFields fields =
        new RequestFields(serviceCode, integrationCode, officerAccount, officerPhone, direct);
    WireSettings settings =
        new WireSettings(json, endpoint, direct ? Map.of() : operationUrls, fields);
    // The X-Road header writer runs before the secured profile, so the signature covers the
    // headers as really sent.
    boolean xroadHeaders = wsSecurityProfile().isPresent() || xRoad != null;
    HttpTransport transport =
        transport(b -> xroadHeaders ? b.interceptor(new XroadHeaderInterceptor(xRoad)) : b);
    return new PopulationClient(transport, new PopulationCalls(transport, settings));
  }

  private void checkSecuredFits(boolean json) {
    if (json && wsSecurityProfile().isPresent()) {
      throw new IllegalStateException(
          "lgsp-json is secured with an HttpSignatureProfile, not a WsSecurityProfile");
    }
    if (!json && httpSignatureProfile().isPresent()) {
      throw new IllegalStateException(
          "the SOAP profiles are secured with a WsSecurityProfile, not an HttpSignatureProfile");
    }
    if (json && xRoad != null) {
      throw new IllegalStateException(
          "xRoadIdentifiers are SOAP headers: use them with DIRECT or LGSP_SOAP, not LGSP_JSON");
    }
  }
}
