package vn.connector.population;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import vn.connector.core.Auth;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.LgspCredentials;
import vn.connector.core.security.HttpSignatureProfile;
import vn.connector.core.security.WsSecurityProfile;

/**
 * Reads the {@code population.*} keys of a {@link ConnectorConfig} into a builder. Keys:
 * {@code population.endpoint}, {@code population.profile} ({@code direct}, {@code lgsp-soap},
 * {@code lgsp-json}), {@code population.serviceCode}, {@code population.integrationCode}; direct:
 * {@code population.user}, {@code population.secret}, {@code population.apiKey},
 * {@code population.xroadClient}, optional {@code population.authUrl},
 * {@code population.officerAccount}, {@code population.officerPhone}; LGSP:
 * {@code population.tokenUrl}, {@code population.lgsp.accessKey}, {@code population.lgsp.secretKey},
 * {@code population.lgsp.appName}, {@code population.lgsp.partnerCode},
 * {@code population.lgsp.partnerCodeCus}, optional {@code population.lookupEndpoint},
 * {@code population.verifyEndpoint}, {@code population.householdEndpoint}; the core's
 * {@code http.*}/{@code tls.*} keys; and {@code population.secured=true} to turn the secured profile
 * on with the core's {@code security.*} keys (WS-Security for the SOAP profiles, RFC 9421 with
 * {@code security.peerCertificates} for lgsp-json).
 */
final class PopulationConfig {

  private PopulationConfig() {}

  static PopulationClientBuilder apply(PopulationClientBuilder b, ConnectorConfig c) {
    PopulationProfile profile = profile(c.optional("population.profile").orElse("direct"));
    b.profile(profile).endpoint(c.uri("population.endpoint"))
        .serviceCode(c.string("population.serviceCode"))
        .integrationCode(c.string("population.integrationCode"))
        .connectTimeout(c.duration("http.connectTimeout", Duration.ofSeconds(5)))
        .responseTimeout(c.duration("http.responseTimeout", Duration.ofSeconds(30)))
        .maxConnections(c.integer("http.maxConnections", 20));
    c.tls().ifPresent(b::tls);
    if (Boolean.parseBoolean(c.optional("population.secured").orElse("false").strip())) {
      if (profile == PopulationProfile.LGSP_JSON) {
        b.securedProfile(HttpSignatureProfile.builder(c).build());
      } else {
        b.securedProfile(WsSecurityProfile.builder(c).build());
      }
    }
    if (profile == PopulationProfile.DIRECT) {
      URI authUrl = c.optional("population.authUrl").map(x -> c.uri("population.authUrl")).orElse(null);
      b.auth(Auth.c06SignedBasic(c.string("population.user"), c.secret("population.secret"),
          c.secret("population.apiKey"), c.string("population.xroadClient"), authUrl));
      c.optional("population.officerAccount").ifPresent(b::officerAccount);
      c.optional("population.officerPhone").ifPresent(b::officerPhone);
      return b;
    }
    b.auth(Auth.lgspAccessToken(c.uri("population.tokenUrl"), new LgspCredentials(
        c.string("population.lgsp.accessKey"), c.secret("population.lgsp.secretKey"),
        c.string("population.lgsp.appName"), c.string("population.lgsp.partnerCode"),
        c.string("population.lgsp.partnerCodeCus"))));
    c.optional("population.lookupEndpoint").ifPresent(x -> b.lookupEndpoint(c.uri("population.lookupEndpoint")));
    c.optional("population.verifyEndpoint").ifPresent(x -> b.verifyEndpoint(c.uri("population.verifyEndpoint")));
    c.optional("population.householdEndpoint").ifPresent(x -> b.householdEndpoint(c.uri("population.householdEndpoint")));
    return b;
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
        throw new IllegalArgumentException("population.profile: must be direct, lgsp-soap or lgsp-json, was " + text);
    }
  }
}
