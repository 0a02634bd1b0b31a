package vn.connector.testkit.civilregistry;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.connector.civilregistry.CivilRegistryClient;
import vn.connector.civilregistry.CivilRegistryClientBuilder;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.Simulator;

/**
 * Simulator of the civil registry (Hệ thống đăng ký và quản lý hộ tịch) on loopback: {@code POST
 * /NhanDKHT} checks the dossier as civil-registry.md describes it and keeps one dossier per {@code
 * maHoSoLT} (a repeat is answered "đã được tiếp nhận"); {@code POST /LayKetQua} answers each known
 * dossier's state at the simulator's clock, at most {@link #maxBatch} codes per call. No auth
 * header (the dedicated network).
 *
 * <p>A dossier's life follows its plan ({@link #plan}), by default: 1 at the push, 3 an hour later,
 * 4 with the result after 24 hours. Give the simulator a {@code TestClock} to move time. The result
 * of a birth carries a new personal ID that agrees with the child's birth year and gender, the
 * register entry and a real one-page PDF.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at(Instant.parse("2026-12-01T02:00:00Z"));
 * try (CivilRegistrySimulator registry = CivilRegistrySimulator.start(clock)) {
 *   registry.plan("HSLT-0001", Step.at(Duration.ZERO, 1), Step.refused(Duration.ofHours(5), "Sai"));
 *   CivilRegistryClient client = registry.clientBuilder().build();
 *   clock.advance(Duration.ofHours(6));
 * }
 * }</pre>
 */
public final class CivilRegistrySimulator implements Simulator {

  private final WireMockServer server;
  private final FaultInjector faults = new FaultInjector();
  private final RegistryBook book;
  private final RegistryTransformer transformer;

  private CivilRegistrySimulator(int port, Clock clock) {
    ObjectMapper mapper = new ObjectMapper();
    this.book = new RegistryBook(clock);
    this.transformer = new RegistryTransformer(mapper, book, faults);
    this.server =
        new WireMockServer(
            wireMockConfig().bindAddress("127.0.0.1").port(port).extensions(transformer));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(ok()));
  }

  /** Starts on a free loopback port with the system clock. */
  public static CivilRegistrySimulator start() {
    return start(Clock.systemUTC());
  }

  /** Starts on {@code port} (0 for a free one) with the system clock, for the standalone runner. */
  public static CivilRegistrySimulator start(int port) {
    return new CivilRegistrySimulator(port, Clock.systemUTC());
  }

  /** Starts on a free loopback port; dossiers age by {@code clock}. */
  public static CivilRegistrySimulator start(Clock clock) {
    return new CivilRegistrySimulator(0, Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public String system() {
    return "civil-registry";
  }

  @Override
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  @Override
  public Map<String, String> connectionInfo() {
    return Map.of("civil-registry.endpoint", baseUrl().toString());
  }

  @Override
  public FaultInjector faults() {
    return faults;
  }

  /** A client builder pointed at this simulator (no auth, as on the dedicated network). */
  public CivilRegistryClientBuilder clientBuilder() {
    return CivilRegistryClient.builder().endpoint(baseUrl());
  }

  /** The life of the dossier with this interlinked code, to be pushed later. */
  public CivilRegistrySimulator plan(String interlinkedCode, Step... steps) {
    if (steps.length == 0 || !steps[0].after().isZero()) {
      throw new IllegalArgumentException("steps: the first must be at Duration.ZERO");
    }
    book.plan(Objects.requireNonNull(interlinkedCode, "interlinkedCode"), List.of(steps));
    return this;
  }

  /** Refuses the next push of this interlinked code with {@code text} (errorCode E02). */
  public CivilRegistrySimulator refuseNextPush(String interlinkedCode, String text) {
    book.refusePush(interlinkedCode, text);
    return this;
  }

  /** The next {@code n} poll answers are computed (and counted) but lost on the way back. */
  public CivilRegistrySimulator loseNextPollAnswers(int n) {
    book.loseNextPollAnswers(n);
    return this;
  }

  /** The most codes one poll may ask for (default 3); more gets {@code status 0}. */
  public CivilRegistrySimulator maxBatch(int max) {
    transformer.maxBatch(max);
    return this;
  }

  /** How many times this interlinked code was pushed (repeats included); 0 if never. */
  public int pushes(String interlinkedCode) {
    return book.find(interlinkedCode).map(d -> d.pushes).orElse(0);
  }

  /** How many polls asked for this dossier. */
  public int polls(String interlinkedCode) {
    return book.find(interlinkedCode).map(d -> d.polls).orElse(0);
  }

  /** Polls that asked for this dossier after its final state had been delivered once. */
  public int pollsAfterFinal(String interlinkedCode) {
    return book.find(interlinkedCode).map(d -> d.pollsAfterFinal).orElse(0);
  }

  /** How many attachments the first push of this dossier carried. */
  public int attachments(String interlinkedCode) {
    return book.find(interlinkedCode).map(d -> d.attachments).orElse(0);
  }

  /** Dossiers held. */
  public int dossiers() {
    return book.size();
  }

  /** How many HTTP calls reached the simulator since start or {@link #reset}. */
  public int callCount() {
    return server.getAllServeEvents().size();
  }

  /**
   * Clears faults, plans, scripted refusals, lost answers and the request journal; keeps dossiers.
   */
  public void reset() {
    faults.clear();
    book.clearScripts();
    server.resetRequests();
  }

  @Override
  public void close() {
    server.stop();
  }
}
