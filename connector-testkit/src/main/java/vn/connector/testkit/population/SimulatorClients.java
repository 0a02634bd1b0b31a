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

  /**
   * Keys as in CONNECTOR_CONFIG files, values as they are (pasteable into one): the direct profile,
   * then the LGSP credentials; the standalone runner prints the LGSP endpoints beside them.
   */
  static Map<String, String> connectionInfo(PopulationSimulator sim) {
    Credentials c = sim.credentials();
    Map<String, String> info = new LinkedHashMap<>();
    info.put("population.profile", "direct");
    info.put("population.endpoint", sim.directEndpoint().toString());
    info.put("population.serviceCode", "VPCP");
    info.put("population.integrationCode", "037");
    info.put("population.user", c.user());
    info.put("population.secret", c.secret());
    info.put("population.apiKey", c.apiKey());
    info.put("population.auth.xRoadClient", c.xRoadClient());
    info.put("population.tokenUrl", sim.tokenUrl().toString());
    info.put("population.lgsp.accessKey", c.lgspAccessKey());
    info.put("population.lgsp.secretKey", c.lgspSecretKey());
    info.put("population.lgsp.appName", c.lgspAppName());
    info.put("population.lgsp.partnerCode", c.lgspPartnerCode());
    info.put("population.lgsp.partnerCodeCus", c.lgspPartnerCodeCus());
    if (sim.pki().isPresent()) {
      // Signed requests required, answers signed: the security.* and tls.* keys of the test PKI.
      info.put("population.secured", "true");
    }
    return info;
  }
}
