package vn.connector.benchmarks.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import vn.connector.testkit.security.TestPki;

/**
 * One operation under load for a profiler: the SDK and the hand-written client each run for a while
 * at a fixed caller count against the stub (its own JVM), one after the other, and the rates are
 * printed. Run it under JFR and compare the two sides' stacks ({@code SdkCalls} and the {@code
 * *Baseline} class are on every sample of their side):
 *
 * <pre>{@code
 * java -XX:StartFlightRecording=filename=find.jfr,settings=profile -cp <benchmarks class path> \
 *     vn.connector.benchmarks.compare.ProfileMain find-http 8 20
 * }</pre>
 *
 * <p>Arguments: the operation id, the callers (default 8), the seconds per side (default 20).
 */
public final class ProfileMain {

  private ProfileMain() {}

  public static void main(String[] args) throws Exception {
    String id = args[0];
    int callers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    Duration phase = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 20);
    Scenario scenario = Scenario.byId(id);
    Path pkiDir = Files.createTempDirectory("bench-pki");
    TestPki pki = TestPki.generate();
    pki.writeTo(pkiDir);
    try (Jvm stubJvm = Jvm.start(List.of(), StubMain.class, pkiDir.toString())) {
      Stub stub = new Stub(Comparison.ports(stubJvm.lineStartingWith("STUB")), pki);
      try (Contender sdk = scenario.sdk().create(stub, 32);
          Contender baseline = scenario.baseline().create(stub, 32)) {
        LoadRunner.run(sdk.call(), callers, Duration.ofSeconds(3));
        LoadRunner.run(baseline.call(), callers, Duration.ofSeconds(3));
        print("sdk", LoadRunner.run(sdk.call(), callers, phase));
        print("hand", LoadRunner.run(baseline.call(), callers, phase));
      }
      stubJvm.send("quit");
    }
    System.exit(0);
  }

  private static void print(String side, LoadRunner.Phase p) {
    System.out.printf(
        Locale.ROOT,
        "%-4s %8.0f calls/s  cpu %6.1f us/call  thread cpu %6.1f us  alloc %6.1f KB%n",
        side,
        p.throughput(),
        p.processCpuMicrosPerCall(),
        p.threadCpuMicrosPerCall(),
        p.allocatedBytesPerCall() / 1024);
  }
}
