package vn.connector.testkit.nationalportal;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import vn.connector.core.Secret;
import vn.connector.nationalportal.NationalPortalClient;
import vn.connector.nationalportal.NationalPortalClientBuilder;
import vn.connector.nationalportal.PortalProfile;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.Simulator;
import vn.connector.testkit.SimulatorFault;

/**
 * Simulator of the national public-service portal (Cổng DVCQG) on loopback, both wire styles of
 * national-portal.md from one port:
 *
 * <ul>
 *   <li>style A, the adapter with a session: {@code POST {adapterUrl}/auth} with {@link #USERNAME}
 *       and {@link #PASSWORD}, then {@code POST {adapterUrl}/integration} with {@code
 *       DongBoHoSoMC}, {@code CapNhatTienDoHoSoMC}, {@code TraCuuHoSo}, {@code
 *       DongBoTrangThaiHoSo}, {@code TraCuuTechID} and the catalogue services;
 *   <li>style B, plain arrays: {@link #createUrl()}, {@link #updateUrl()}, {@link #progressUrl()}
 *       (at most 10 entries a request), text answers.
 * </ul>
 *
 * It refuses what the contract says the portal refuses: an existing dossier sent as new ({@code 3},
 * "đã tồn tại"), a procedure not in its catalogue ({@code 4}), a malformed dossier code ({@code
 * 5}), a missing required field ({@code 6}, named in the message), an expired session ({@code -1}).
 * It records every version of every dossier it accepted, in order, for tests of completeness.
 *
 * <pre>{@code
 * try (NationalPortalSimulator portal = NationalPortalSimulator.start()) {
 *   portal.down();                       // every call now gets 503
 *   portal.up();
 *   portal.versions("000.00.01.H22-241115-0001").forEach(v -> System.out.println(v.status()));
 * }
 * }</pre>
 */
public final class NationalPortalSimulator implements Simulator {

  public static final String USERNAME = "portal-test-user";
  public static final String PASSWORD = "portal-test-password";

  /** The test unit ({@code madonvi}) and the unit part of the test dossier codes. */
  public static final String UNIT = "000.00.01.H22";

  /** A procedure of the simulator's catalogue: đăng ký khai sinh, field G09-TP01 hộ tịch. */
  public static final String BIRTH_REGISTRATION = "1.001193";

  /** A long-form code whose short part is in the catalogue. */
  public static final String BUILDING_PERMIT_LONG = "1.003560.000.00.00.H22";

  /** A well-formed MaTTHC the catalogue does not hold. */
  public static final String UNKNOWN_PROCEDURE = "1.999999";

  /** A citizen id with a national account, and its TechID. */
  public static final String CITIZEN_WITH_ACCOUNT = "001090012345";

  public static final String TECH_ID = "a3f1c2d4-0000-4000-8000-000000000001";

  private final WireMockServer server;
  private final FaultInjector faults = new FaultInjector();
  private final AtomicReference<SimulatorFault> downtime = new AtomicReference<>();
  private final PortalBook book;
  private final PortalTransformer transformer;

  private NationalPortalSimulator(int port, Clock clock) {
    ObjectMapper mapper = new ObjectMapper();
    Catalogue catalogue = Catalogue.load(mapper);
    this.book = new PortalBook(clock);
    AdapterService adapter = new AdapterService(mapper, book, catalogue, USERNAME, PASSWORD);
    ArrayService arrays = new ArrayService(book, catalogue);
    this.transformer = new PortalTransformer(mapper, adapter, arrays, faults, downtime);
    this.server =
        new WireMockServer(
            wireMockConfig()
                .bindAddress("127.0.0.1")
                .port(port)
                .containerThreads(24)
                .maxRequestJournalEntries(1_000)
                .extensions(transformer));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(ok()));
  }

  /** Starts a simulator on a free loopback port, sessions timed by the system clock. */
  /** Starts on {@code port} (0 for a free one) with the system clock, for the standalone runner. */
  public static NationalPortalSimulator start(int port) {
    return new NationalPortalSimulator(port, Clock.systemUTC());
  }

  public static NationalPortalSimulator start() {
    return start(Clock.systemUTC());
  }

  /** Starts a simulator whose sessions live 30 minutes on {@code clock}. */
  public static NationalPortalSimulator start(Clock clock) {
    return new NationalPortalSimulator(0, Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public String system() {
    return "national-portal";
  }

  @Override
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** The style A adapter: {@code {adapterUrl}/auth} and {@code {adapterUrl}/integration}. */
  public URI adapterUrl() {
    return URI.create(baseUrl() + PortalTransformer.ADAPTER);
  }

  /** The style A login path, relative to {@link #adapterUrl()}. */
  public String authPath() {
    return PortalTransformer.AUTH_PATH;
  }

  /** The style A integration path, relative to {@link #adapterUrl()}. */
  public String integrationPath() {
    return PortalTransformer.INTEGRATION_PATH;
  }

  /** Style B: where new dossiers are posted. */
  public URI createUrl() {
    return URI.create(baseUrl() + PortalTransformer.CREATE);
  }

  /** Style B: where changed dossiers are posted. */
  public URI updateUrl() {
    return URI.create(baseUrl() + PortalTransformer.UPDATE);
  }

  /** Style B: where progress entries are posted, at most 10 a request. */
  public URI progressUrl() {
    return URI.create(baseUrl() + PortalTransformer.PROGRESS);
  }

  @Override
  public Map<String, String> connectionInfo() {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("national-portal.adapterUrl", adapterUrl().toString());
    info.put("national-portal.authPath", authPath());
    info.put("national-portal.integrationPath", integrationPath());
    info.put("national-portal.username", USERNAME);
    info.put("national-portal.password", PASSWORD);
    info.put("national-portal.unit", UNIT);
    info.put("national-portal.createUrl", createUrl().toString());
    info.put("national-portal.updateUrl", updateUrl().toString());
    info.put("national-portal.progressUrl", progressUrl().toString());
    return info;
  }

  @Override
  public FaultInjector faults() {
    return faults;
  }

  /** Takes the portal down: every call, login included, gets 503 with {@code Retry-After: 1}. */
  public void down() {
    down(SimulatorFault.serviceUnavailable(Duration.ofSeconds(1)));
  }

  /** Takes the portal down with this fault on every call until {@link #up()}. */
  public void down(SimulatorFault fault) {
    downtime.set(Objects.requireNonNull(fault, "fault"));
  }

  /** How many calls were answered with the downtime fault since start. */
  public int refusedWhileDown() {
    return transformer.refusedWhileDown();
  }

  /** Brings the portal back. */
  public void up() {
    downtime.set(null);
  }

  /** Makes every session issued so far expired: the next call with one gets {@code -1}. */
  public void expireSessions() {
    book.expireSessions();
  }

  /** How many sessions the login has issued. */
  public int sessionsIssued() {
    return book.sessionsIssued();
  }

  /** Every version of a dossier accepted, in arrival order (empty when none). */
  public List<ReceivedDossier> versions(String dossierCode) {
    return book.versions(dossierCode);
  }

  /** Every progress entry accepted for a dossier, in arrival order. */
  public List<ReceivedProgress> progress(String dossierCode) {
    return book.progress(dossierCode);
  }

  /** Every promotion notice ({@code DongBoTrangThaiHoSo}) accepted for a dossier. */
  public List<ReceivedProgress> notices(String dossierCode) {
    return book.notices(dossierCode);
  }

  /** How many dossier versions were accepted in all. */
  public int versionCount() {
    return book.versionCount();
  }

  /** The codes of every dossier accepted, in order of first arrival. */
  public List<String> dossierCodes() {
    return book.dossierCodes();
  }

  /**
   * A client builder set up for this simulator in {@code style}: the adapter with the test account
   * and unit, or the three plain-array URLs. Add a sleeper, clock or retry policy as the test
   * needs.
   */
  public NationalPortalClientBuilder clientBuilder(PortalProfile.Style style) {
    PortalProfile profile =
        style == PortalProfile.Style.ADAPTER
            ? PortalProfile.adapter(
                adapterUrl(), authPath(), integrationPath(), USERNAME, Secret.of(PASSWORD), UNIT)
            : PortalProfile.plainArrays(createUrl(), updateUrl(), progressUrl());
    return NationalPortalClient.builder().profile(profile);
  }

  /** The underlying WireMock server (its journal keeps the last 1,000 requests). */
  public WireMockServer wireMock() {
    return server;
  }

  /** Forgets dossiers, progress and requests, clears faults and brings the portal up. */
  public void reset() {
    book.clear();
    server.resetRequests();
    faults.clear();
    up();
  }

  @Override
  public void close() {
    server.stop();
  }
}
