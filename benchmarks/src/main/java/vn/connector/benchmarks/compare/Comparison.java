package vn.connector.benchmarks.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.connector.testkit.security.TestPki;

/**
 * The comparison harness of issue 16: the SDK against hand-written Apache HttpClient 5 + Jackson /
 * StAX clients, same requests to the same loopback stub (its own JVM), rounds interleaved so that
 * the load of a shared machine hits both alike (SDK first in odd rounds, the hand-written client
 * first in even ones), medians over rounds. Then the secured profile against its crypto bound, TLS
 * handshakes under mutual TLS, cold starts in fresh JVMs and a bulk run in a fresh JVM. Writes
 * {@code comparison.txt} and one PNG chart per operation into {@link Settings#out()}.
 *
 * <p>A hand-written harness rather than JMH: JMH runs one benchmark method to completion before the
 * next, so the two clients would meet different machine load; here each round alternates them
 * within seconds, and the same loop measures process CPU and allocation per call for both.
 *
 * <pre>{@code
 * mvn -B -q -Pperf -pl benchmarks -am package -DskipTests      (add -Dquick for a smoke run)
 * }</pre>
 */
public final class Comparison {

  private Comparison() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromSystemProperties();
    Results results = run(settings, System.out);
    if (settings.partial()) {
      System.out.print(Report.tables(settings, results));
      System.exit(0);
    }
    Path file = Report.write(settings, results);
    System.out.println("comparison written to " + file.toAbsolutePath());
    System.exit(0);
  }

  /** Runs everything; {@code log} gets one line per finished measurement. */
  static Results run(Settings settings, java.io.PrintStream log) throws Exception {
    long start = System.nanoTime();
    java.util.function.Consumer<String> progress =
        done ->
            log.printf(
                java.util.Locale.ROOT,
                "[%6.1f s] %s measured%n",
                (System.nanoTime() - start) / 1e9,
                done);
    Files.createDirectories(settings.out());
    Path pkiDir = Files.createTempDirectory("bench-pki");
    TestPki pki = TestPki.generate();
    pki.writeTo(pkiDir);
    progress.accept("pki");
    Results results = new Results(Instant.now(), Machine.loadAverage());
    try (Jvm stubJvm = Jvm.start(List.of(), StubMain.class, pkiDir.toString())) {
      Stub stub = new Stub(ports(stubJvm.lineStartingWith("STUB")), pki);
      progress.accept("stub up");
      for (Scenario scenario : Scenario.all()) {
        if (settings.only().isEmpty() || settings.only().contains(scenario.id())) {
          results.operations.add(measure(settings, stub, scenario, stubJvm));
          progress.accept(scenario.id());
        }
      }
      if (!settings.extras()) {
        stubJvm.send("quit");
        results.loadAfter = Machine.loadAverage();
        return results;
      }
      results.crypto = Extras.cryptoBound(stub, settings);
      progress.accept("crypto bound");
      results.handshakes = Extras.handshakes(stub, stubJvm, settings);
      progress.accept("handshakes");
      results.cold = Extras.coldStarts(stub, settings.coldRuns());
      progress.accept("cold starts");
      results.bulk = Extras.bulk(stub, settings);
      progress.accept("bulk");
      stubJvm.send("quit");
    } finally {
      deleteTree(pkiDir);
    }
    results.loadAfter = Machine.loadAverage();
    return results;
  }

  static Map<String, Integer> ports(String line) {
    Map<String, Integer> ports = new HashMap<>();
    for (String part : line.substring(5).trim().split(" ")) {
      String[] kv = part.split("=");
      ports.put(kv[0], Integer.parseInt(kv[1]));
    }
    return ports;
  }

  static Stats.Operation measure(Settings settings, Stub stub, Scenario scenario, Jvm stubJvm)
      throws Exception {
    try (Contender sdk = scenario.sdk().create(stub, settings.pool());
        Contender baseline = scenario.baseline().create(stub, settings.pool())) {
      String difference =
          SameRequest.difference(
              lastRequest(sdk, stubJvm, scenario), lastRequest(baseline, stubJvm, scenario));
      for (int i = 0; i < 2; i++) {
        LoadRunner.run(sdk.call(), 8, settings.warmup().dividedBy(2));
        LoadRunner.run(baseline.call(), 8, settings.warmup().dividedBy(2));
      }
      List<Stats.Row> rows = new ArrayList<>();
      for (int callers : settings.callers()) {
        List<LoadRunner.Phase> s = new ArrayList<>();
        List<LoadRunner.Phase> b = new ArrayList<>();
        for (int round = 0; round < settings.roundsAt(callers); round++) {
          if (round % 2 == 0) {
            s.add(LoadRunner.run(sdk.call(), callers, settings.phase()));
            b.add(LoadRunner.run(baseline.call(), callers, settings.phase()));
          } else {
            b.add(LoadRunner.run(baseline.call(), callers, settings.phase()));
            s.add(LoadRunner.run(sdk.call(), callers, settings.phase()));
          }
        }
        rows.add(Stats.Row.of(callers, s, b));
      }
      return new Stats.Operation(scenario, rows, difference);
    }
  }

  /** Makes one call and asks the stub what it received. */
  private static String lastRequest(Contender c, Jvm stubJvm, Scenario scenario) throws Exception {
    c.call().run();
    stubJvm.send("last " + scenario.server());
    String line = stubJvm.lineStartingWith("LAST ");
    return new String(
        java.util.Base64.getDecoder().decode(line.substring(5)),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
