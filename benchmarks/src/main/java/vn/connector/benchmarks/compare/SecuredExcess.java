package vn.connector.benchmarks.compare;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import vn.connector.core.Call;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.security.HttpSignatureProfile;
import vn.connector.core.security.MessageParts;
import vn.connector.core.security.internal.Exchanges;
import vn.connector.testkit.security.TestPki;

/**
 * The secured profile's excess over its crypto bound, taken apart. The comparison's target reads
 * (secured − plain) ÷ crypto: what the SDK's secured {@code find} costs over its plain mutual-TLS
 * {@code find}, against sign + verify measured alone. This run measures five things in rounds
 * interleaved at the target's callers, process CPU per call, in a JVM of its own:
 *
 * <ul>
 *   <li><b>secured</b>: the SDK's secured {@code find}; the stub verifies each request and signs
 *       each answer;
 *   <li><b>plain</b>: the SDK's plain mutual-TLS {@code find}; the stub answers canned bytes;
 *   <li><b>loaded</b>: the same plain {@code find} against a stub that does the secured route's
 *       crypto per answer ({@link StubRoutes#loaded}), on the same two shared cores;
 *   <li><b>crypto</b>: sign + verify alone ({@link Extras#cryptoExchange}), the target's bound;
 *   <li><b>composed</b>: on one caller, the crypto's request signed, the loaded call made, the
 *       crypto's answer verified: a secured call put together by hand from the SDK's plain call and
 *       the SDK's profile, its signature and its verification apart as a secured call has them.
 * </ul>
 *
 * <p>It then splits the target's ratio, on the columns' medians, into terms that add up exactly:
 * {@code 1 + (loaded − plain) ÷ crypto + ((composed − loaded) ÷ crypto − 1) + (secured − composed)
 * ÷ crypto}: the stub's crypto as a plain call meets it, sign + verify inside a call rather than in
 * a loop, and what the SDK's secured call costs over the same work composed by hand. Last, on one
 * thread, it times what the secured interceptor does besides signing and verifying (the request and
 * answer conversions and header copies).
 *
 * <pre>
 * mvn -B -q -Pperf -Dbench.main=vn.connector.benchmarks.compare.SecuredExcess -pl benchmarks -am package -DskipTests
 * </pre>
 *
 * <p>writes {@code results/secured-excess.txt} in about seven minutes. {@code -Dquick} makes a
 * smoke run whose figures mean nothing; {@code -Dbench.excessRounds} and {@code
 * -Dbench.excessWarmupS} change its rounds and its warm-up per contender.
 */
public final class SecuredExcess {

  static final String FILE = "secured-excess.txt";

  private SecuredExcess() {}

  /** One round: process CPU µs per call of each contender. */
  record Round(double secured, double plain, double loaded, double crypto, double composed) {

    double targetRatio() {
      return (secured - plain) / crypto;
    }
  }

  /**
   * A run: its rounds and the interceptor's own work on one thread, µs per call.
   *
   * @param phase each contender's time per round
   * @param warmUp each contender's warm-up before the rounds
   */
  record Run(
      Instant at,
      String loadBefore,
      int callers,
      Duration phase,
      Duration warmUp,
      List<Round> rounds,
      double interceptorMicros) {

    double median(ToDoubleFunction<Round> column) {
      return LoadRunner.median(rounds.stream().mapToDouble(column).toArray());
    }

    /** The target's reading: the median of the rounds' ratios. */
    double targetRatio() {
      return median(Round::targetRatio);
    }

    /** The target's ratio on the columns' medians, which the four terms below add up to. */
    double ratioOfMedians() {
      return (median(Round::secured) - median(Round::plain)) / median(Round::crypto);
    }

    double stubTerm() {
      return (median(Round::loaded) - median(Round::plain)) / median(Round::crypto);
    }

    double inCallTerm() {
      return (median(Round::composed) - median(Round::loaded)) / median(Round::crypto) - 1;
    }

    double sdkTerm() {
      return (median(Round::secured) - median(Round::composed)) / median(Round::crypto);
    }
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromSystemProperties();
    boolean quick = Boolean.getBoolean("quick");
    Run run =
        run(
            settings.targetCallers(),
            settings.phase(),
            Duration.ofSeconds(Long.getLong("bench.excessWarmupS", quick ? 1 : 60)),
            Integer.getInteger("bench.excessRounds", quick ? 1 : 10),
            quick ? 2_000 : 200_000);
    Files.createDirectories(settings.out());
    Path file = settings.out().resolve(FILE);
    Files.writeString(file, report(run), StandardCharsets.UTF_8);
    System.out.println("secured excess written to " + file.toAbsolutePath());
    System.exit(0);
  }

  static Run run(int callers, Duration phase, Duration warmUp, int rounds, int iterations)
      throws Exception {
    String load = Machine.loadAverage();
    Instant at = Instant.now();
    Path pkiDir = Files.createTempDirectory("bench-pki");
    TestPki pki = TestPki.generate();
    pki.writeTo(pkiDir);
    try (Jvm stubJvm = Jvm.start(List.of(), StubMain.class, pkiDir.toString(), "loaded")) {
      Stub stub = new Stub(Comparison.ports(stubJvm.lineStartingWith("STUB")), pki);
      List<Round> measured = new ArrayList<>();
      try (Contender secured = SdkCalls.find(stub, "secured", callers);
          Contender plain = SdkCalls.find(stub, "mtls", callers);
          Contender loaded = SdkCalls.find(stub, "loaded", callers)) {
        // The crypto's signed answer holds for five minutes from when it was made: each warm-up
        // and each round makes the contenders anew.
        int count = contenders(stub, secured, plain, loaded).length;
        for (int k = 0; k < count; k++) {
          LoadRunner.run(contenders(stub, secured, plain, loaded)[k], callers, warmUp);
        }
        for (int round = 0; round < rounds; round++) {
          Contender.Call[] calls = contenders(stub, secured, plain, loaded);
          double[] cpu = new double[calls.length];
          for (int k = 0; k < calls.length; k++) {
            int which = (round + k) % calls.length;
            cpu[which] = LoadRunner.run(calls[which], callers, phase).processCpuMicrosPerCall();
          }
          measured.add(new Round(cpu[0], cpu[1], cpu[2], cpu[3], cpu[4]));
        }
      }
      stubJvm.send("quit");
      return new Run(
          at, load, callers, phase, warmUp, measured, interceptorMicros(pki, stub, iterations));
    }
  }

  private static Contender.Call[] contenders(
      Stub stub, Contender secured, Contender plain, Contender loaded) {
    Contender.Call[] halves = Extras.cryptoHalves(stub);
    Contender.Call sign = halves[0];
    Contender.Call verify = halves[1];
    Contender.Call crypto = Extras.bothHalves(halves);
    Contender.Call loadedCall = loaded.call();
    Contender.Call composed =
        () -> {
          sign.run();
          loadedCall.run();
          verify.run();
        };
    return new Contender.Call[] {secured.call(), plain.call(), loadedCall, crypto, composed};
  }

  /**
   * What the secured interceptor does per call besides sign and verify, on one thread: the request
   * id added, the request turned into {@link MessageParts}, the signature headers copied in, the
   * answer turned into {@link MessageParts}, on a request and an answer shaped as the stub's.
   */
  static double interceptorMicros(TestPki pki, Stub stub, int iterations) {
    URI uri = stub.url("secured", StubRoutes.FIND + "?msdn=" + Answers.ENTERPRISE);
    HttpRequest request =
        HttpRequest.get(uri)
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + "x".repeat(40))
            .build();
    String id = Call.newRequestId();
    HttpSignatureProfile portal = SdkCalls.portalProfile(stub);
    Map<String, String> signature =
        portal.signRequest(Exchanges.parts(request.withHeader("X-Request-Id", id)));
    HttpSignatureProfile national = StubRoutes.national(pki);
    byte[] body = Answers.utf8(Answers.ENTERPRISE_JSON);
    Map<String, String> signed = new LinkedHashMap<>();
    signed.put("Content-Type", "application/json; charset=utf-8");
    signed.put("X-Request-Id", id);
    signed.putAll(national.signResponse(MessageParts.response(200, signed, body)));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Length", List.of(String.valueOf(body.length)));
    signed.forEach((name, value) -> headers.put(name, List.of(value)));
    HttpResponse answer = new HttpResponse(200, headers, body);
    long sink = 0;
    for (int i = 0; i < iterations; i++) {
      sink += conversions(request, id, signature, answer);
    }
    var threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < iterations; i++) {
      sink += conversions(request, id, signature, answer);
    }
    double micros = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / iterations;
    Contender.check(sink != 0, "conversions");
    return micros;
  }

  private static int conversions(
      HttpRequest request, String id, Map<String, String> signature, HttpResponse answer) {
    HttpRequest out = request.withHeader("X-Request-Id", id);
    MessageParts parts = Exchanges.parts(out);
    HttpRequest sent = out.withHeaders(signature);
    MessageParts answerParts = Exchanges.parts(answer);
    return parts.headers().size() + sent.headers().size() + answerParts.headers().size();
  }

  static String report(Run run) {
    StringBuilder b = new StringBuilder();
    b.append("# The secured profile's excess over its crypto bound, taken apart (issue 16)\n");
    b.append("# machine: ").append(Machine.describe()).append('\n');
    b.append("# measured ")
        .append(run.at())
        .append(", load average before: ")
        .append(run.loadBefore())
        .append('\n');
    b.append(
        "# command: mvn -B -q -Pperf -Dbench.main=vn.connector.benchmarks.compare.SecuredExcess"
            + " -pl benchmarks -am package -DskipTests\n");
    b.append(
        String.format(
            Locale.ROOT,
            "# %d rounds of %.1f s per contender at %d callers, order rotating, after %d s of"
                + " warm-up each, in a JVM of its own; process CPU us per call\n",
            run.rounds().size(),
            run.phase().toMillis() / 1e3,
            run.callers(),
            run.warmUp().toSeconds()));
    b.append(
        "#   secured  = SDK secured find (the stub verifies each request and signs each answer)\n"
            + "#   plain    = SDK plain mutual-TLS find (the stub answers canned bytes)\n"
            + "#   loaded   = SDK plain mutual-TLS find, the stub doing the secured route's crypto"
            + " per answer\n"
            + "#   crypto   = sign + verify alone, the comparison's bound\n"
            + "#   composed = sign, loaded, verify, on one caller: a secured call composed by hand\n\n");
    b.append(
        "round | secured |   plain |  loaded |  crypto | composed | (secured - plain) / crypto\n");
    for (int i = 0; i < run.rounds().size(); i++) {
      Round r = run.rounds().get(i);
      b.append(
          String.format(
              Locale.ROOT,
              "%5d | %7.1f | %7.1f | %7.1f | %7.1f | %8.1f | %.3f\n",
              i + 1,
              r.secured(),
              r.plain(),
              r.loaded(),
              r.crypto(),
              r.composed(),
              r.targetRatio()));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "  med | %7.1f | %7.1f | %7.1f | %7.1f | %8.1f | %.3f (median of the rounds, as the"
                + " comparison's target reads it)\n\n",
            run.median(Round::secured),
            run.median(Round::plain),
            run.median(Round::loaded),
            run.median(Round::crypto),
            run.median(Round::composed),
            run.targetRatio()));
    b.append(
        String.format(
            Locale.ROOT,
            "(secured - plain) / crypto on the medians: %.3f =\n"
                + "    1\n"
                + "  %+.3f  (loaded - plain) / crypto: the stub's crypto on the shared cores, as a"
                + " plain call meets it\n"
                + "  %+.3f  (composed - loaded) / crypto - 1: sign + verify inside a call rather"
                + " than in a loop\n"
                + "  %+.3f  (secured - composed) / crypto: the SDK's secured call over the same work"
                + " composed by hand\n\n",
            run.ratioOfMedians(),
            run.stubTerm(),
            run.inCallTerm(),
            run.sdkTerm()));
    b.append(
        String.format(
            Locale.ROOT,
            "the secured interceptor besides sign and verify (request id, request and answer"
                + " conversions, signature headers copied in), one thread: %.2f us per call,"
                + " %.4f of crypto\n",
            run.interceptorMicros(),
            run.interceptorMicros() / run.median(Round::crypto)));
    return b.toString();
  }
}
