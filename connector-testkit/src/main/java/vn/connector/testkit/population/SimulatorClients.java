package vn.connector.testkit.population;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.connector.core.Auth;
import vn.connector.core.LgspCredentials;
import vn.connector.core.Secret;
import vn.connector.core.TlsSettings;
import vn.connector.population.PopulationClient;
import vn.connector.population.PopulationClientBuilder;
import vn.connector.population.PopulationProfile;
import vn.connector.testkit.security.SecuredProfile;
import vn.connector.testkit.security.TestPki;

/** How a client reaches a running simulator: builders and the printed connection info. */
final class SimulatorClients {

  private SimulatorClients() {}

  static PopulationClientBuilder builder(PopulationSimulator sim, PopulationProfile profile) {
    Credentials c = sim.credentials();
    PopulationClientBuilder b =
        PopulationClient.builder().profile(profile).serviceCode("VPCP").integrationCode("037");
    sim.pki().ifPresent(pki -> secured(b, pki, profile));
    switch (profile) {
      case DIRECT:
        return b.endpoint(sim.directEndpoint())
            .auth(
                Auth.c06SignedBasic(
                    c.user(), Secret.of(c.secret()), Secret.of(c.apiKey()), c.xRoadClient(), null));
      case LGSP_SOAP:
        return b.endpoint(sim.lgspSoapBase()).auth(Auth.lgspAccessToken(sim.tokenUrl(), lgsp(c)));
      default:
        return b.endpoint(sim.lgspJsonBase()).auth(Auth.lgspAccessToken(sim.tokenUrl(), lgsp(c)));
    }
  }

  /**
   * TLS to the test root with the agency's client certificate, and the portal side of the secured
   * profile.
   */
  private static void secured(PopulationClientBuilder b, TestPki pki, PopulationProfile profile) {
    b.tls(
        TlsSettings.builder()
            .trustAnchors(List.of(pki.rootCertificate()))
            .clientCertificate(pki.agency().privateKey(), pki.agency().chain())
            .build());
    if (profile == PopulationProfile.LGSP_JSON) {
      b.securedProfile(SecuredProfile.portalRestProfile(pki));
    } else {
      b.securedProfile(SecuredProfile.portalSoapProfile(pki));
    }
  }

  private static LgspCredentials lgsp(Credentials c) {
    return new LgspCredentials(
        c.lgspAccessKey(),
        Secret.of(c.lgspSecretKey()),
        c.lgspAppName(),
        c.lgspPartnerCode(),
        c.lgspPartnerCodeCus());
  }

  /** Keys as in CONNECTOR_CONFIG files, so the printout can be pasted into one. */
  static Map<String, String> connectionInfo(PopulationSimulator sim) {
    Credentials c = sim.credentials();
    Map<String, String> info = new LinkedHashMap<>();
    info.put("population.endpoint (direct)", sim.directEndpoint().toString());
    info.put(
        "population.endpoint (lgsp-soap)",
        sim.lgspSoapBase() + "   (operations at /<operation name>)");
    info.put(
        "population.endpoint (lgsp-json)",
        sim.lgspJsonBase() + "   (operations at /<operation name>)");
    info.put("population.tokenUrl", sim.tokenUrl().toString());
    info.put("population.serviceCode", "VPCP");
    info.put("population.integrationCode", "037");
    info.put("population.user", c.user());
    info.put("population.secret", c.secret() + "   (test only)");
    info.put("population.apiKey", c.apiKey());
    info.put("population.xroadClient", c.xRoadClient());
    info.put("population.lgsp.accessKey", c.lgspAccessKey());
    info.put("population.lgsp.secretKey", c.lgspSecretKey() + "   (test only)");
    info.put("population.lgsp.appName", c.lgspAppName());
    info.put("population.lgsp.partnerCode", c.lgspPartnerCode());
    info.put("population.lgsp.partnerCodeCus", c.lgspPartnerCodeCus());
    if (sim.pki().isPresent()) {
      info.put(
          "population.secured",
          "true   (signed requests required; answers signed; security.* and tls.* keys from the test PKI)");
      info.put(
          "tls.clientCertificate",
          sim.requiresClientCertificate() ? "required (mutual TLS)" : "not required");
    }
    return info;
  }
}
