package vn.connector.population;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import vn.connector.core.Auth;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.LgspCredentials;
import vn.connector.core.security.HttpSignatureProfile;
import vn.connector.core.security.WsSecurityProfile;

/**
 * Reads the {@code population.*} keys of a {@link ConnectorConfig} into a builder. Keys: {@code
 * population.endpoint}, {@code population.profile} ({@code direct}, {@code lgsp-soap}, {@code
 * lgsp-json}), {@code population.serviceCode}, {@code population.integrationCode}; direct: {@code
 * population.user}, {@code population.secret}, {@code population.apiKey}, {@code
 * population.xroadClient}, optional {@code population.authUrl}, {@code population.officerAccount},
 * {@code population.officerPhone}; LGSP: {@code population.tokenUrl}, {@code
 * population.lgsp.accessKey}, {@code population.lgsp.secretKey}, {@code population.lgsp.appName},
 * {@code population.lgsp.partnerCode}, {@code population.lgsp.partnerCodeCus}, optional {@code
 * population.lookupEndpoint}, {@code population.verifyEndpoint}, {@code
 * population.householdEndpoint}; optional, for NDXP (X-Road) on the SOAP profiles, {@code
 * population.xroad.client} and {@code population.xroad.service} (both {@code
 * VN/GOV/<agency>/<subsystem>}) and {@code population.xroad.serviceVersion}; on the direct profile
 * {@code population.xroadClient} defaults to {@code population.xroad.client}; the core's {@code
 * http.*}/{@code tls.*} keys; and {@code population.secured=true} to turn the secured profile on
 * with the core's {@code security.*} keys (WS-Security for the SOAP profiles, RFC 9421 with {@code
 * security.peerCertificates} for lgsp-json).
 */
final class PopulationConfig {

  private PopulationConfig() {}

  static PopulationClientBuilder apply(PopulationClientBuilder b, ConnectorConfig c) {
    PopulationProfile profile = profile(c.optional("population.profile").orElse("direct"));
    b.profile(profile)
        .endpoint(c.uri("population.endpoint"))
        .serviceCode(c.string("population.serviceCode"))
        .integrationCode(c.string("population.integrationCode"))
        .connectTimeout(c.duration("http.connectTimeout", Duration.ofSeconds(5)))
        .responseTimeout(c.duration("http.responseTimeout", Duration.ofSeconds(30)))
        .maxConnections(c.integer("http.maxConnections", 20));
    c.tls().ifPresent(b::tls);
    xRoad(c).ifPresent(b::xRoadIdentifiers);
    if (flag(c, "population.secured")) {
      if (profile == PopulationProfile.LGSP_JSON) {
        b.securedProfile(HttpSignatureProfile.builder(c).build());
      } else {
        b.securedProfile(WsSecurityProfile.builder(c).build());
      }
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
    c.optional("population.lookupEndpoint")
        .ifPresent(x -> b.lookupEndpoint(c.uri("population.lookupEndpoint")));
    c.optional("population.verifyEndpoint")
        .ifPresent(x -> b.verifyEndpoint(c.uri("population.verifyEndpoint")));
    c.optional("population.householdEndpoint")
        .ifPresent(x -> b.householdEndpoint(c.uri("population.householdEndpoint")));
    return b;
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

  private static String restXroadClient(ConnectorConfig c) {
    if (c.optional("population.xroadClient").isEmpty()
        && c.optional("population.xroad.client").isPresent()) {
      return subsystem(c, "population.xroad.client").toString();
    }
    return c.string("population.xroadClient");
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

  /** A switch that guards security: a typo must not turn it off silently. */
  private static boolean flag(ConnectorConfig c, String key) {
    String value = c.optional(key).orElse("false").strip();
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException(key + ": must be true or false, was '" + value + "'");
  }
}
