package vn.connector.examples.population;

import java.util.Optional;
import vn.connector.core.CallContext;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;
import vn.connector.population.PopulationClient;
import vn.connector.population.PopulationProfile;
import vn.connector.testkit.population.PopulationSimulator;

/**
 * What every population example needs: a client and a call context. With {@code CONNECTOR_CONFIG}
 * set, the client comes from the {@code population.*} keys of that file (and the officer from
 * {@code example.officerId}, {@code example.unitCode}, {@code example.dossier}); otherwise an
 * embedded simulator is started and the client points at it.
 *
 * <pre>
 * # direct C06 (c06-signed-basic)              # or through the LGSP
 * population.profile=direct                    population.profile=lgsp-json   (or lgsp-soap)
 * population.endpoint=https://c06.../dancu     population.endpoint=https://lgsp.../dancu
 * population.user=...                          population.tokenUrl=https://lgsp.../token
 * population.secret=...                        population.lgsp.accessKey=... / .secretKey=...
 * population.apiKey=...                        population.lgsp.appName=... / .partnerCode=...
 * population.auth.xRoadClient=VN/GOV/...      population.lgsp.partnerCodeCus=...
 * population.serviceCode=VPCP                  population.integrationCode=037
 * example.officerId=CB-0042  example.unitCode=000.00.01.H56  example.dossier=000.00.01.H56-240115-0001
 * </pre>
 */
public final class PopulationSetup implements AutoCloseable {

  private final PopulationSimulator simulator;
  private final PopulationClient client;
  private final CallContext context;

  private PopulationSetup(
      PopulationSimulator simulator, PopulationClient client, CallContext context) {
    this.simulator = simulator;
    this.client = client;
    this.context = context;
  }

  public static PopulationSetup open(Purpose purpose) {
    Optional<ConnectorConfig> config = ConnectorConfig.fromEnvironment();
    if (config.isPresent()) {
      ConnectorConfig c = config.get();
      CallContext context =
          CallContext.of(
              c.string("example.officerId"),
              c.string("example.unitCode"),
              DossierCode.parse(c.string("example.dossier")),
              purpose);
      return new PopulationSetup(null, PopulationClient.builder().configure(c).build(), context);
    }
    PopulationSimulator simulator = PopulationSimulator.start();
    PopulationClient client =
        simulator.clientBuilder(PopulationProfile.DIRECT).maxConnections(16).build();
    CallContext context =
        CallContext.of(
            "CB-0042", "000.00.01.H56", DossierCode.parse("000.00.01.H56-240115-0001"), purpose);
    return new PopulationSetup(simulator, client, context);
  }

  public PopulationClient client() {
    return client;
  }

  public CallContext context() {
    return context;
  }

  /** Where the calls go, for the first line of output. */
  public String target() {
    return simulator != null ? "embedded simulator " + simulator.baseUrl() : "CONNECTOR_CONFIG";
  }

  @Override
  public void close() {
    client.close();
    if (simulator != null) {
      simulator.close();
    }
  }
}
