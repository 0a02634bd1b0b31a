package vn.connector.examples.readme;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import vn.connector.business.BusinessRegistryClient;
import vn.connector.business.GatewayProfile;
import vn.connector.business.model.Enterprise;
import vn.connector.business.model.EnterpriseForm;
import vn.connector.core.Auth;
import vn.connector.core.CallContext;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.Secret;

/** The README's business-registry snippet, compiled as written. */
final class BusinessSnippets {

  private BusinessSnippets() {}

  static void business(
      CallContext context, URI tokenUri, String consumerKey, String consumerSecret) {
    // README:business
    BusinessRegistryClient client =
        BusinessRegistryClient.builder()
            .endpoint(URI.create("https://ngsp.example.gov.vn"))
            // or LGSP_ADAPTER (endpoint = the adapter's URL), PROVINCIAL_LGSP (GetEntCert)
            .profile(GatewayProfile.NGSP)
            .auth(Auth.oauth2ClientCredentials(tokenUri, consumerKey, Secret.of(consumerSecret)))
            .build();
    EnterpriseCode code = EnterpriseCode.parse("0100109106");
    Optional<Enterprise> e = client.find(context, code); // empty when not found
    Map<String, String> form =
        client.prefill(context, code).map(EnterpriseForm::asMap).orElse(Map.of());
    client.searchAll("Phần mềm").limit(100).forEach(hit -> System.out.println(hit.name()));
    // END README:business
  }
}
