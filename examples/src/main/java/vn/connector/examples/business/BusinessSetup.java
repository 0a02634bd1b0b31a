package vn.connector.examples.business;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import vn.connector.business.BusinessRegistryClient;
import vn.connector.business.GatewayProfile;
import vn.connector.core.Auth;
import vn.connector.core.CallContext;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;
import vn.connector.testkit.business.BusinessRegistrySimulator;

/**
 * Where the examples connect: the embedded simulator by default, or the gateway described by the
 * properties file named by {@code CONNECTOR_CONFIG}, with keys {@code business.endpoint}, {@code
 * business.profile} ({@code NGSP}, {@code LGSP_ADAPTER}, {@code PROVINCIAL_LGSP}; default NGSP),
 * {@code business.tokenUrl}, {@code business.consumerKey}, {@code business.consumerSecret}, and
 * core's optional {@code http.*} and {@code tls.*} keys (see {@link ConnectorConfig}).
 */
final class BusinessSetup implements AutoCloseable {

  /**
   * The context the examples read under; a portal takes it from the logged-in officer and dossier.
   */
  static final CallContext CONTEXT =
      CallContext.of(
          "canbo.demo",
          "000.00.01.H22",
          DossierCode.parse("000.00.01.H22-241115-0001"),
          Purpose.PROCEDURE_HANDLING);

  private final BusinessRegistrySimulator simulator;
  private final BusinessRegistryClient client;

  private BusinessSetup(BusinessRegistrySimulator simulator, BusinessRegistryClient client) {
    this.simulator = simulator;
    this.client = client;
  }

  /** The setup named by {@code configFile}, or the embedded simulator when it is null. */
  static BusinessSetup from(String configFile) {
    if (configFile == null || configFile.isBlank()) {
      BusinessRegistrySimulator simulator = BusinessRegistrySimulator.start();
      return new BusinessSetup(simulator, simulator.clientBuilder().build());
    }
    ConnectorConfig config = ConnectorConfig.load(Path.of(configFile));
    BusinessRegistryClient.Builder builder =
        BusinessRegistryClient.builder()
            .endpoint(config.uri("business.endpoint"))
            .profile(profile(config))
            .auth(
                Auth.oauth2ClientCredentials(
                    config.uri("business.tokenUrl"),
                    config.string("business.consumerKey"),
                    config.secret("business.consumerSecret")))
            .connectTimeout(config.duration("http.connectTimeout", Duration.ofSeconds(5)))
            .responseTimeout(config.duration("http.responseTimeout", Duration.ofSeconds(30)));
    config.tls().ifPresent(builder::tls);
    return new BusinessSetup(null, builder.build());
  }

  private static GatewayProfile profile(ConnectorConfig config) {
    String name = config.optional("business.profile").orElse("NGSP").toUpperCase(Locale.ROOT);
    try {
      return GatewayProfile.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "business.profile: must be NGSP, LGSP_ADAPTER or PROVINCIAL_LGSP", e);
    }
  }

  BusinessRegistryClient client() {
    return client;
  }

  @Override
  public void close() {
    client.close();
    if (simulator != null) {
      simulator.close();
    }
  }
}
