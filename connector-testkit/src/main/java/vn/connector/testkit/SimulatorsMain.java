package vn.connector.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import vn.connector.testkit.population.PopulationSimulator;

/**
 * Standalone runner: starts the simulators on free loopback ports, prints their URLs and test
 * credentials, and waits until the process is stopped (Ctrl+C). For portals written in any language.
 *
 * <pre>
 * java -cp connector-testkit.jar:... vn.connector.testkit.SimulatorsMain
 * </pre>
 */
public final class SimulatorsMain {

  private SimulatorsMain() {}

  public static void main(String[] args) throws InterruptedException {
    List<Simulator> running = new ArrayList<>();
    running.add(PopulationSimulator.start());
    for (Simulator s : running) {
      System.out.println("== " + s.system() + " simulator: " + s.baseUrl());
      for (Map.Entry<String, String> e : s.connectionInfo().entrySet()) {
        System.out.println("   " + e.getKey() + " = " + e.getValue());
      }
    }
    System.out.println("Test credentials only. Press Ctrl+C to stop.");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.forEach(Simulator::close);
      stopped.countDown();
    }));
    stopped.await();
  }
}
