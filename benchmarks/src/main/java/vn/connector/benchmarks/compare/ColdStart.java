package vn.connector.benchmarks.compare;

import java.lang.management.ManagementFactory;
import java.util.Map;
import vn.connector.population.PopulationProfile;

/**
 * A fresh JVM that builds one client and makes one verification (direct SOAP) against the stub,
 * then prints how many classes it loaded. The parent times it from process start to that line, so
 * JVM start-up is in both figures alike.
 *
 * <p>Arguments: {@code sdk|baseline <stub http port>}.
 */
public final class ColdStart {

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    Stub stub = new Stub(Map.of("http", Integer.parseInt(args[1])), null);
    try (Contender c =
        args[0].equals("sdk")
            ? SdkCalls.verify(stub, PopulationProfile.DIRECT, 1)
            : PopulationBaseline.direct(stub, 1)) {
      c.call().run();
    }
    System.out.println(
        "COLD classes="
            + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount()
            + " uptimeMs="
            + ManagementFactory.getRuntimeMXBean().getUptime());
    System.out.flush();
    System.exit(0);
  }
}
