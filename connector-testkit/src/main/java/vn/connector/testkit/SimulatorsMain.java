package vn.connector.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import vn.connector.testkit.business.BusinessRegistrySimulator;
import vn.connector.testkit.payment.PaymentPlatformSimulator;
import vn.connector.testkit.population.PopulationSimulator;

/**
 * Standalone runner: starts the simulators on free loopback ports, prints their URLs and test
 * credentials, and waits until the process is stopped (Ctrl+C). For portals written in any
 * language.
 *
 * <p>From a clone: {@code mvn -B -q -Psimulators -DskipTests package} (builds, then runs this in
 * the testkit module). The keys printed are the {@code CONNECTOR_CONFIG} keys the examples read, so
 * most lines can be pasted into a properties file.
 */
public final class SimulatorsMain {

  private SimulatorsMain() {}

  public static void main(String[] args) throws InterruptedException {
    List<Simulator> running = new ArrayList<>();
    running.add(PopulationSimulator.start());
    running.add(BusinessRegistrySimulator.start());
    running.add(PaymentPlatformSimulator.start());
    for (Simulator s : running) {
      System.out.println("== " + s.system() + " simulator: " + s.baseUrl());
      for (Map.Entry<String, String> e : s.connectionInfo().entrySet()) {
        System.out.println("   " + e.getKey() + " = " + e.getValue());
      }
    }
    System.out.println("Test credentials only. Press Ctrl+C to stop.");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.forEach(Simulator::close);
                  stopped.countDown();
                }));
    stopped.await();
  }
}
