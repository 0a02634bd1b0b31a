package vn.connector.examples.readme;

import java.net.URI;
import java.nio.file.Path;
import vn.connector.core.Auth;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.HttpTransport;
import vn.connector.core.TlsSettings;
import vn.connector.core.security.CertificateValidator;
import vn.connector.core.security.EvidenceRecord;
import vn.connector.core.security.HttpSignatureProfile;
import vn.connector.core.security.SigningIdentity;
import vn.connector.core.security.WsSecurityProfile;
import vn.connector.population.PopulationClient;
import vn.connector.population.PopulationProfile;

/** The README's secured-profile snippets, compiled as written. */
final class SecuredSnippets {

  /** Where a portal keeps proof of what was answered, as the README's snippet assumes one. */
  interface EvidenceStore {
    void save(EvidenceRecord evidence);
  }

  private SecuredSnippets() {}

  static void core(ConnectorConfig config, EvidenceStore evidenceStore) {
    // README:secured-core
    HttpSignatureProfile rest = HttpSignatureProfile.builder(config).build(); // security.* keys
    WsSecurityProfile soap = WsSecurityProfile.builder(config).build();
    HttpTransport transport =
        config
            .transport() // http.*, tls.* (mutual TLS)
            .interceptor(rest.portalInterceptor(evidence -> evidenceStore.save(evidence)))
            .build();
    // END README:secured-core
  }

  static void population(URI uri, Auth auth, char[] password, EvidenceStore dossierStore) {
    // README:secured-population
    PopulationClient client =
        PopulationClient.builder()
            .profile(PopulationProfile.DIRECT)
            .endpoint(uri)
            .auth(auth)
            .serviceCode("VPCP")
            .integrationCode("037")
            .tls(
                TlsSettings.builder()
                    .trustAnchorsPem(Path.of("national-ca.pem"))
                    .clientCertificatePkcs12(Path.of("agency.p12"), password)
                    .build())
            .securedProfile(
                WsSecurityProfile.builder()
                    .identity(SigningIdentity.fromPkcs12(Path.of("agency.p12"), password))
                    .certificateValidator(
                        CertificateValidator.builder()
                            .trustAnchorsPem(Path.of("national-ca.pem"))
                            .build())
                    .build())
            .evidenceListener(record -> dossierStore.save(record)) // optional proof of answers
            .build();
    // END README:secured-population
  }
}
