package vn.connector.population;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import vn.connector.core.Auth;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.LgspCredentials;

/**
 * Reads the {@code population.*} keys of a {@link ConnectorConfig} into a builder. Keys: {@code
 * population.endpoint}, {@code population.profile} ({@code direct}, {@code lgsp-soap}, {@code
 * lgsp-json}), {@code population.serviceCode}, {@code population.integrationCode}; direct: {@code
 * population.user}, {@code population.secret}, {@code population.apiKey}, {@code
 * population.auth.xRoadClient} (the {@code X-Road-Client} header), optional {@code
 * population.authUrl}, {@code population.officerAccount}, {@code population.officerPhone}; LGSP:
 * {@code population.tokenUrl}, {@code population.lgsp.accessKey}, {@code
 * population.lgsp.secretKey}, {@code population.lgsp.appName}, {@code population.lgsp.partnerCode},
 * {@code population.lgsp.partnerCodeCus}, optional {@code population.lookupEndpoint}, {@code
 * population.verifyEndpoint}, {@code population.householdEndpoint}; optional, for NDXP (X-Road) on
 * the SOAP profiles, {@code population.xroad.client} and {@code population.xroad.service} (both
 * {@code VN/GOV/<agency>/<subsystem>}) and {@code population.xroad.serviceVersion}; on the direct
 * profile {@code population.auth.xRoadClient} defaults to {@code population.xroad.client} (the old
 * key {@code population.xroadClient} is refused with its new name); the core's {@code
 * http.*}/{@code tls.*} keys; and {@code population.secured=true} to turn the secured profile on
 * with the core's {@code security.*} keys (WS-Security for the SOAP profiles, RFC 9421 for
 * lgsp-json; both need {@code security.peerCertificates}). The shared keys ({@code
 * population.endpoint}, timeouts, TLS, retry, {@code population.auth} for the schemes core knows,
 * {@code population.secured}) are read by core's {@code ClientBuilder}; without {@code
 * population.auth} the profile's own scheme is read from the keys above.
 */
final class PopulationConfig {

  private PopulationConfig() {}

  /**
   * The C06 keys; the shared ones (endpoint, timeouts, TLS, retry, {@code population.auth}, {@code
   * population.secured}) were applied by core's {@code ClientBuilder.configure} before.
   */
  static PopulationClientBuilder apply(PopulationClientBuilder b, ConnectorConfig c) {
    PopulationProfile profile = profileOf(c);
    b.profile(profile)
        .serviceCode(c.string("population.serviceCode"))
        .integrationCode(c.string("population.integrationCode"));
    xRoad(c).ifPresent(b::xRoadIdentifiers);
    if (c.optional("population.auth").isPresent()) {
      lgspEndpoints(b, c);
      return b;
    }
    if (profile == PopulationProfile.DIRECT) {
      URI authUrl =
          c.optional("population.authUrl").map(x -> c.uri("population.authUrl")).orElse(null);
      b.auth(
          Auth.c06SignedBasic(
              c.string("population.user"),
              c.secret("population.secret"),
              c.secret("population.apiKey"),
              restXroadClient(c),
              authUrl));
      c.optional("population.officerAccount").ifPresent(b::officerAccount);
      c.optional("population.officerPhone").ifPresent(b::officerPhone);
      return b;
    }
    b.auth(
        Auth.lgspAccessToken(
            c.uri("population.tokenUrl"),
            new LgspCredentials(
                c.string("population.lgsp.accessKey"),
                c.secret("population.lgsp.secretKey"),
                c.string("population.lgsp.appName"),
                c.string("population.lgsp.partnerCode"),
                c.string("population.lgsp.partnerCodeCus"))));
    lgspEndpoints(b, c);
    return b;
  }

  private static void lgspEndpoints(PopulationClientBuilder b, ConnectorConfig c) {
    c.optional("population.lookupEndpoint")
        .ifPresent(x -> b.lookupEndpoint(c.uri("population.lookupEndpoint")));
    c.optional("population.verifyEndpoint")
        .ifPresent(x -> b.verifyEndpoint(c.uri("population.verifyEndpoint")));
    c.optional("population.householdEndpoint")
        .ifPresent(x -> b.householdEndpoint(c.uri("population.householdEndpoint")));
  }

  static PopulationProfile profileOf(ConnectorConfig c) {
    return profile(c.optional("population.profile").orElse("direct"));
  }

  /** Client and service go together: one without the other is a configuration error. */
  static Optional<XRoadIdentifiers> xRoad(ConnectorConfig c) {
    Optional<String> client = c.optional("population.xroad.client");
    Optional<String> service = c.optional("population.xroad.service");
    if (client.isEmpty() && service.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new XRoadIdentifiers(
            subsystem(c, "population.xroad.client"),
            subsystem(c, "population.xroad.service"),
            c.optional("population.xroad.serviceVersion").orElse(null)));
  }

  private static XRoadIdentifiers.Subsystem subsystem(ConnectorConfig c, String key) {
    return XRoadIdentifiers.Subsystem.parse(c.string(key), key);
  }

  /** The {@code X-Road-Client} header of c06-signed-basic, not the SOAP header block. */
  static final String REST_XROAD_CLIENT = "population.auth.xRoadClient";

  /** Its name until 0.x: too close to {@code population.xroad.client}, so it is refused by name. */
  private static final String OLD_REST_XROAD_CLIENT = "population.xroadClient";

  private static String restXroadClient(ConnectorConfig c) {
    if (c.optional(OLD_REST_XROAD_CLIENT).isPresent()) {
      throw new IllegalArgumentException(
          OLD_REST_XROAD_CLIENT + " was renamed " + REST_XROAD_CLIENT + ": rename the key");
    }
    if (c.optional(REST_XROAD_CLIENT).isEmpty()
        && c.optional("population.xroad.client").isPresent()) {
      return subsystem(c, "population.xroad.client").toString();
    }
    return c.string(REST_XROAD_CLIENT);
  }

  static PopulationProfile profile(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "direct":
        return PopulationProfile.DIRECT;
      case "lgsp-soap":
        return PopulationProfile.LGSP_SOAP;
      case "lgsp-json":
        return PopulationProfile.LGSP_JSON;
      default:
        throw new IllegalArgumentException(
            "population.profile: must be direct, lgsp-soap or lgsp-json, was " + text);
    }
  }
}
