package vn.connector.testkit.civilregistry;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.connector.civilregistry.InterlinkedClient;
import vn.connector.civilregistry.InterlinkedClientBuilder;
import vn.connector.core.Secret;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.Simulator;

/**
 * Simulator of the national interlinked service (DVC liên thông) on loopback: {@code POST
 * /GetToken} and {@code /RefreshToken} (tokens live 30 minutes, refresh tokens a day, on the
 * simulator's clock), {@code GET /LayDanhSachHoSo} (dossiers not yet acknowledged), {@code GET
 * /api/lienthongdvclt/hosolienthong/{id}} (the payload encoded three times: JSON, a JSON string,
 * XML with {@code <hoTich>}), {@code PUT /CapNhatDaNhanHoSo} ("Cập nhật thành công") and {@code
 * POST /CapNhatTrangThai} answered in plain text by phrase.
 *
 * <pre>{@code
 * try (InterlinkedServiceSimulator dvclt = InterlinkedServiceSimulator.start(clock)) {
 *   dvclt.addDossier("101", "KS", "000.00.01.H22-261201-0101", SampleRecords.birth());
 *   dvclt.answerStatusWith("Chưa cập nhật trạng thái hồ sơ", 3);   // then "thành công"
 *   InterlinkedClient client = dvclt.clientBuilder().build();
 * }
 * }</pre>
 */
public final class InterlinkedServiceSimulator implements Simulator {

  public static final String USER = "portal-test";
  public static final String PASSWORD = "portal-test-password";

  /**
   * The {@code maDonVi} of every simulated dossier: Phường Thủ Dầu Một, Thành phố Hồ Chí Minh
   * (2025-07-01 list), a commune code with five significant digits, so that the integer on the wire
   * reads unambiguously as a commune.
   */
  public static final int UNIT = 25747;

  /** Mã TTHC of the samples (đăng ký khai sinh, modelled). */
  public static final String PROCEDURE = "1.001193";

  private final WireMockServer server;
  private final FaultInjector faults = new FaultInjector();
  private final InterlinkedBook book = new InterlinkedBook();
  private final DvcltTokens tokens;
  private final Clock clock;

  private InterlinkedServiceSimulator(int port, Clock clock) {
    this.clock = clock;
    this.tokens = new DvcltTokens(clock);
    InterlinkedTransformer transformer =
        new InterlinkedTransformer(new ObjectMapper(), book, tokens, faults, USER, PASSWORD);
    this.server =
        new WireMockServer(
            wireMockConfig().bindAddress("127.0.0.1").port(port).extensions(transformer));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(ok()));
  }

  /** Starts on {@code port} (0 for a free one) with the system clock, for the standalone runner. */
  public static InterlinkedServiceSimulator start(int port) {
    return new InterlinkedServiceSimulator(port, Clock.systemUTC());
  }

  /** Starts on a free loopback port with the system clock. */
  public static InterlinkedServiceSimulator start() {
    return start(Clock.systemUTC());
  }

  /** Starts on a free loopback port; tokens expire by {@code clock}. */
  public static InterlinkedServiceSimulator start(Clock clock) {
    return new InterlinkedServiceSimulator(0, Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public String system() {
    return "dvc-lien-thong";
  }

  @Override
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  @Override
  public Map<String, String> connectionInfo() {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("dvc-lien-thong.endpoint", baseUrl().toString());
    info.put("dvc-lien-thong.userName", USER);
    info.put("dvc-lien-thong.password", PASSWORD);
    return info;
  }

  @Override
  public FaultInjector faults() {
    return faults;
  }

  /** A client builder pointed at this simulator with its test credentials. */
  public InterlinkedClientBuilder clientBuilder() {
    return InterlinkedClient.builder().endpoint(baseUrl()).credentials(USER, Secret.of(PASSWORD));
  }

  /**
   * Adds a dossier of module {@code KS} or {@code KT} for {@link #UNIT}, its record written as the
   * {@code <hoTich>} XML.
   */
  public InterlinkedServiceSimulator addDossier(
      String id, String module, String dossierCode, Map<String, Object> record) {
    return addRawDossier(id, module, dossierCode, Payloads.xml(record));
  }

  /** Adds a dossier whose innermost payload is {@code xml} as given (hostile XML for tests). */
  public InterlinkedServiceSimulator addRawDossier(
      String id, String module, String dossierCode, String xml) {
    book.add(
        new InterlinkedBook.Entry(
            id,
            UNIT,
            PROCEDURE,
            module,
            dossierCode,
            LocalDateTime.ofInstant(clock.instant(), ResultAnswer.ZONE).withNano(0),
            xml));
    return this;
  }

  /** Answers the next {@code times} status updates with {@code text}, whatever they say. */
  public InterlinkedServiceSimulator answerStatusWith(String text, int times) {
    book.script(text, times);
    return this;
  }

  /** The states recorded for a dossier, in order, each once. */
  public List<Integer> statuses(String dossierCode) {
    return book.statuses(dossierCode);
  }

  /** Status updates received (answered any way). */
  public int statusCalls() {
    return book.statusCalls();
  }

  public boolean acknowledged(String dossierCode) {
    return book.isAcknowledged(dossierCode);
  }

  /** Makes every token issued so far expired: the next call gets 401. */
  public void expireTokens() {
    tokens.expireTokens();
  }

  /** Makes every refresh token expired: the next renewal must log in again. */
  public void expireRefreshTokens() {
    tokens.expireRefreshTokens();
  }

  public int logins() {
    return tokens.logins();
  }

  public int refreshes() {
    return tokens.refreshes();
  }

  /** Clears faults and scripted answers; keeps dossiers and tokens. */
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
