package vn.connector.benchmarks.compare;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import vn.connector.core.security.CertificateValidator;
import vn.connector.core.security.HttpSignatureProfile;
import vn.connector.core.security.MessageParts;
import vn.connector.core.security.TrustedKeys;

/** The measurements beside the side-by-side matrix. */
final class Extras {

  private Extras() {}

  /**
   * The secured profile's crypto alone, no HTTP at all: the SDK's own profile signs a request and
   * verifies a signed answer (digest, base, ECDSA both ways). Measured on one thread (thread CPU),
   * and as the matrix measures a call: at the target's caller count, the harness process's CPU per
   * exchange, GC included.
   *
   * <p>The second is measured in rounds interleaved with the SDK's secured and plain mutual-TLS
   * {@code find} (the order rotating per round), so that the secured call, the plain call it is
   * compared with and the bound meet the same machine: this machine's speed drifts by a third
   * within minutes, and a bound measured once, minutes away from the calls, moved the ratio by as
   * much as the SDK could. Each round gives its own ratio (secured − plain) ÷ crypto; the target
   * reads their median, as every other ratio of the harness is a median of per-round ratios.
   */
  static Results.Crypto cryptoBound(Stub stub, Settings settings) throws Exception {
    Contender.Call exchange = cryptoExchange(stub);
    int iterations = settings.cryptoIterations();
    for (int i = 0; i < Math.max(200, iterations / 4); i++) {
      exchange.run();
    }
    var threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < iterations; i++) {
      exchange.run();
    }
    double alone = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / iterations;
    int callers = settings.targetCallers();
    Duration phase = settings.phase();
    List<Results.CryptoRound> rounds = new ArrayList<>();
    try (Contender secured = SdkCalls.find(stub, "secured", settings.pool());
        Contender plain = SdkCalls.find(stub, "mtls", settings.pool())) {
      // A signed answer holds for five minutes: the crypto's is made anew for its warm-up and for
      // each round, so that longer phases (-Dbench.phaseMs, up to a third of that) do not outlive
      // it.
      Contender.Call[] calls = {secured.call(), plain.call(), null};
      for (int k = 0; k < calls.length; k++) {
        calls[2] = cryptoExchange(stub);
        LoadRunner.run(calls[k], callers, phase); // warm at that concurrency
      }
      for (int round = 0; round < settings.roundsAt(callers); round++) {
        calls[2] = cryptoExchange(stub);
        double[] cpu = new double[3];
        for (int k = 0; k < 3; k++) {
          int which = (round + k) % 3;
          cpu[which] = LoadRunner.run(calls[which], callers, phase).processCpuMicrosPerCall();
        }
        rounds.add(new Results.CryptoRound(cpu[0], cpu[1], cpu[2]));
      }
    }
    return new Results.Crypto(rounds, alone, callers);
  }

  /** One sign + verify by the SDK's profile, as a secured {@code find} does them. */
  static Contender.Call cryptoExchange(Stub stub) {
    return bothHalves(cryptoHalves(stub));
  }

  /** The halves of {@link #cryptoHalves}, one after the other. */
  static Contender.Call bothHalves(Contender.Call[] halves) {
    Contender.Call sign = halves[0];
    Contender.Call verify = halves[1];
    return () -> {
      sign.run();
      verify.run();
    };
  }

  /**
   * The two halves of {@link #cryptoExchange}: the request signed, and the signed answer verified,
   * for a run that puts a call between them as a secured call does ({@link SecuredExcess}).
   */
  static Contender.Call[] cryptoHalves(Stub stub) {
    HttpSignatureProfile portal = SdkCalls.portalProfile(stub);
    HttpSignatureProfile national =
        HttpSignatureProfile.builder()
            .signer(stub.pki().national().signer())
            .trustedKeys(
                TrustedKeys.builder().certificate(stub.pki().agency().certificate()).build())
            .certificateValidator(
                CertificateValidator.builder()
                    .trustAnchors(List.of(stub.pki().rootCertificate()))
                    .build())
            .build();
    String id = UUID.randomUUID().toString();
    URI uri = stub.url("secured", StubRoutes.FIND + "?msdn=" + Answers.ENTERPRISE);
    MessageParts request =
        MessageParts.request(
            "GET", uri, Map.of("Accept", "application/json", "X-Request-Id", id), new byte[0]);
    byte[] body = Answers.ENTERPRISE_JSON.getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json; charset=utf-8");
    headers.put("X-Request-Id", id);
    headers.putAll(national.signResponse(MessageParts.response(200, headers, body)));
    MessageParts response = MessageParts.response(200, headers, body);
    return new Contender.Call[] {
      () -> portal.signRequest(request),
      () -> Contender.check(portal.verifyResponse(response, id).valid(), "signed answer")
    };
  }

  /** Fresh clients, {@code calls} calls each at pool-size concurrency over mutual TLS. */
  static Results.Handshakes handshakes(Stub stub, Jvm stubJvm, Settings settings) throws Exception {
    long[] counted = new long[2];
    for (int side = 0; side < 2; side++) {
      try (Contender c =
          side == 0
              ? SdkCalls.find(stub, "mtls", settings.pool())
              : BusinessBaseline.find(stub, "mtls", settings.pool(), null)) {
        long before = handshakeCount(stubJvm);
        calls(c.call(), settings.pool(), settings.handshakeCalls());
        counted[side] = handshakeCount(stubJvm) - before;
      }
    }
    return new Results.Handshakes(
        settings.handshakeCalls(), settings.pool(), counted[0], counted[1]);
  }

  private static long handshakeCount(Jvm stubJvm) throws java.io.IOException {
    stubJvm.send("stats mtls");
    String line = stubJvm.lineStartingWith("handshakes=");
    return Long.parseLong(line.substring("handshakes=".length(), line.indexOf(' ')));
  }

  private static void calls(Contender.Call call, int threads, int total) throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int mine = total / threads + (t < total % threads ? 1 : 0);
      Thread w =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < mine; i++) {
                    call.run();
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              });
      w.start();
      workers.add(w);
    }
    for (Thread w : workers) {
      w.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a call failed", failure.get());
    }
  }

  /** Alternating fresh JVMs, SDK and hand-written, each to its first verification. */
  static Results.Cold coldStarts(Stub stub, int runs) throws Exception {
    double[][] millis = new double[2][runs];
    long[][] classes = new long[2][runs];
    String port = Integer.toString(stub.ports().get("http"));
    for (int i = 0; i < runs; i++) {
      for (int k = 0; k < 2; k++) {
        int side = (i + k) % 2;
        long t0 = System.nanoTime();
        try (Jvm jvm =
            Jvm.start(List.of(), ColdStart.class, side == 0 ? "sdk" : "baseline", port)) {
          String line = jvm.lineStartingWith("COLD");
          millis[side][i] = (System.nanoTime() - t0) / 1e6;
          classes[side][i] = Long.parseLong(line.split(" ")[1].substring("classes=".length()));
          jvm.waitFor();
        }
      }
    }
    return new Results.Cold(
        runs,
        LoadRunner.median(millis[0]),
        LoadRunner.median(millis[1]),
        (long) LoadRunner.median(toDouble(classes[0])),
        (long) LoadRunner.median(toDouble(classes[1])));
  }

  private static double[] toDouble(long[] values) {
    double[] d = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      d[i] = values[i];
    }
    return d;
  }

  /**
   * The bulk run in a fresh JVM, bracketed by its single-call bound: the SDK's direct-SOAP verify
   * at the target's callers, measured in this JVM just before the fresh one starts and just after
   * it ends, so that the bound meets the machine the bulk run met (its speed drifts by a third
   * within minutes, and the matrix measured verify-soap several minutes earlier).
   */
  static Results.Bulk bulk(Stub stub, Settings settings) throws Exception {
    double before = singleCallBound(stub, settings);
    Results.Bulk run =
        bulk(stub, settings.bulkRows(), settings.bulkWarmUpRows(), settings.bulkMaxSeconds());
    return run.withBound(before, singleCallBound(stub, settings));
  }

  /**
   * The SDK's verify-soap calls/s at the target's callers: one phase to warm, the median of three.
   */
  private static double singleCallBound(Stub stub, Settings settings) throws Exception {
    try (Contender sdk = Scenario.byId("verify-soap").sdk().create(stub, settings.pool())) {
      int callers = settings.targetCallers();
      LoadRunner.run(sdk.call(), callers, settings.phase());
      double[] rates = new double[3];
      for (int i = 0; i < rates.length; i++) {
        rates[i] = LoadRunner.run(sdk.call(), callers, settings.phase()).throughput();
      }
      return LoadRunner.median(rates);
    }
  }

  /**
   * The SDK's bulk verification in a fresh JVM (so its first seconds are really cold): a warm-up
   * run of {@code warmUpRows}, then the measured run of {@code rows}; no bound measured.
   */
  static Results.Bulk bulk(Stub stub, int rows, int warmUpRows, int maxSeconds) throws Exception {
    String port = Integer.toString(stub.ports().get("http"));
    List<Results.Sample> warmUp = new ArrayList<>();
    List<Results.Sample> measured = new ArrayList<>();
    // Every sample forces a full collection (the live heap is what is left after one); every 2 s,
    // the collections and the heap's resizing after each took a fifth off the measured rate.
    long interval = rows < 10_000 ? 100 : 10_000;
    try (Jvm jvm =
        Jvm.start(
            List.of(),
            BulkMain.class,
            Integer.toString(rows),
            port,
            "32",
            Long.toString(interval),
            Integer.toString(maxSeconds),
            Integer.toString(warmUpRows))) {
      while (true) {
        String line = jvm.lineStartingWith("");
        Map<String, String> f = fields(line);
        boolean isWarmUp = "warm-up".equals(f.get("phase"));
        if (line.startsWith("SAMPLE")) {
          (isWarmUp ? warmUp : measured)
              .add(
                  new Results.Sample(
                      Double.parseDouble(f.get("t")),
                      Long.parseLong(f.get("done")),
                      Long.parseLong(f.get("heap"))));
        } else if (line.startsWith("RESULT") && !isWarmUp) {
          return new Results.Bulk(
              rows,
              Long.parseLong(f.get("done")),
              Long.parseLong(f.get("failed")),
              Double.parseDouble(f.get("seconds")),
              Boolean.parseBoolean(f.get("stopped")),
              measured,
              warmUpRows,
              warmUp,
              0,
              0);
        }
      }
    }
  }

  static Map<String, String> fields(String line) {
    Map<String, String> f = new LinkedHashMap<>();
    for (String part : line.split(" ")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        f.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return f;
  }
}
