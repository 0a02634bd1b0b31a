package vn.connector.examples.business;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import vn.connector.business.BusinessRegistryClient;
import vn.connector.business.GatewayProfile;
import vn.connector.core.Auth;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;
import vn.connector.core.Secret;
import vn.connector.testkit.business.BusinessRegistrySimulator;

/**
 * Where the examples connect: the embedded simulator by default, or the gateway described by the
 * properties file named by {@code CONNECTOR_CONFIG}, with keys {@code business.endpoint},
 * {@code business.profile} ({@code NGSP}, {@code LGSP_ADAPTER}, {@code PROVINCIAL_LGSP}; default
 * NGSP), {@code business.tokenUrl}, {@code business.consumerKey}, {@code business.consumerSecret}.
 */
final class BusinessSetup implements AutoCloseable {

  /** The context the examples read under; a portal takes it from the logged-in officer and dossier. */
  static final CallContext CONTEXT = CallContext.of("canbo.demo", "000.00.01.H22",
      DossierCode.parse("000.00.01.H22-241115-0001"), Purpose.PROCEDURE_HANDLING);

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
    Properties p = load(Path.of(configFile));
    BusinessRegistryClient client = BusinessRegistryClient.builder()
        .endpoint(URI.create(required(p, "business.endpoint")))
        .profile(GatewayProfile.valueOf(p.getProperty("business.profile", "NGSP").strip().toUpperCase(Locale.ROOT)))
        .auth(Auth.oauth2ClientCredentials(URI.create(required(p, "business.tokenUrl")),
            required(p, "business.consumerKey"), Secret.of(required(p, "business.consumerSecret"))))
        .build();
    return new BusinessSetup(null, client);
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

  private static Properties load(Path file) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("CONNECTOR_CONFIG: cannot read " + file, e);
    }
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(key + " is required in CONNECTOR_CONFIG");
    }
    return value.strip();
  }
}
