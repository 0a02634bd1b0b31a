package vn.connector.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import vn.connector.testkit.business.BusinessRegistrySimulator;
import vn.connector.testkit.civilregistry.CivilRegistrySimulator;
import vn.connector.testkit.civilregistry.InterlinkedServiceSimulator;
import vn.connector.testkit.criminalrecord.CriminalRecordSimulator;
import vn.connector.testkit.nationalportal.NationalPortalSimulator;
import vn.connector.testkit.payment.PaymentPlatformSimulator;
import vn.connector.testkit.population.PopulationSimulator;
import vn.connector.testkit.postal.PostalSimulator;

/**
 * Standalone runner, for portals written in any language: starts the simulators on loopback
 * (127.0.0.1), prints for each system its base URL, the paths of its operations, its test
 * credentials as {@code key=value} lines to paste into a {@code CONNECTOR_CONFIG} properties file,
 * a few persona IDs and one {@code curl} command that succeeds as printed; then waits until the
 * process is stopped (Ctrl+C).
 *
 * <pre>{@code
 * java -jar connector-testkit-<version>-simulators.jar --population-port=8081 \
 *     --business-port=8082 --payment-port=8083 --postal-port=8084 --civil-registry-port=8085 \
 *     --dvc-lien-thong-port=8086 --criminal-record-port=8087 --national-portal-port=8088
 * }</pre>
 *
 * Without a port (or with 0) a system gets a free one. The same options can be given as system
 * properties ({@code -Dpopulation.port=8081}, {@code business.port}, {@code payment.port}, {@code
 * postal.port}, {@code civil-registry.port}, {@code dvc-lien-thong.port}, {@code
 * criminal-record.port}, {@code national-portal.port}), which is how the Maven profile takes them:
 * {@code mvn -B -q -Psimulators -DskipTests package -Dpopulation.port=8081}.
 */
public final class SimulatorsMain {

  private SimulatorsMain() {}

  /** Runs until the process is stopped; see the class comment for the options. */
  public static void main(String[] args) throws InterruptedException {
    List<Simulator> running = start(args);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> running.forEach(Simulator::close), "simulators-stop"));
    System.out.println(StandalonePrintout.print(running));
    System.out.println("# Test credentials and made-up personas only. Press Ctrl+C to stop.");
    new CountDownLatch(1).await();
  }

  /**
   * Starts every simulator on the ports {@code args} (or the system properties) ask for; the caller
   * closes them. If one cannot start, those already started are closed.
   */
  public static List<Simulator> start(String[] args) {
    List<Simulator> running = new ArrayList<>();
    try {
      running.add(PopulationSimulator.builder().port(port(args, "population")).build());
      running.add(BusinessRegistrySimulator.start(port(args, "business")));
      running.add(PaymentPlatformSimulator.start(port(args, "payment")));
      running.add(PostalSimulator.start(port(args, "postal")));
      running.add(CivilRegistrySimulator.start(port(args, "civil-registry")));
      running.add(InterlinkedServiceSimulator.start(port(args, "dvc-lien-thong")));
      running.add(CriminalRecordSimulator.start(port(args, "criminal-record")));
      running.add(NationalPortalSimulator.start(port(args, "national-portal")));
      return running;
    } catch (RuntimeException e) {
      running.forEach(Simulator::close);
      throw e;
    }
  }

  /** {@code --<system>-port=N}, else {@code -D<system>.port=N}, else 0 (a free port). */
  static int port(String[] args, String system) {
    String value = System.getProperty(system + ".port", "0");
    String option = "--" + system + "-port=";
    for (String arg : args) {
      if (arg.startsWith(option)) {
        value = arg.substring(option.length());
      }
    }
    try {
      int port = Integer.parseInt(value.strip());
      if (port < 0 || port > 65_535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(system + ".port: must be 0 to 65535, was " + value, e);
    }
  }
}
